package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.casecoordination.client.Sex;

/** The total of the item scores and its band (GAD-7, CAGE-AID, Katz ADL); no band when bands is null (Lawton). */
class SummedItemsScorer implements InstrumentScorer {

    private final ItemScores items;
    private final Bands bands;

    SummedItemsScorer(ItemScores items, Bands bands) {
        this.items = items;
        this.bands = bands;
    }

    @Override
    public Score score(JsonNode answers, Sex sex) {
        int[] scores = items.read(answers);
        int total = ItemScores.total(scores);
        return new Score(ItemScores.asJson(scores), total, bands == null ? null : bands.of(total), List.of(),
                List.of(), null);
    }
}
