package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.casecoordination.client.Sex;

/**
 * PHQ-9: nine items 0–3, total 0–27 in five bands. Item 9 (thoughts of being better off dead or of self-harm)
 * above 0 raises the safety flag whatever the total: it must reach a person the same day.
 */
class Phq9Scorer implements InstrumentScorer {

    static final ItemScores ITEMS = new ItemScores("PHQ-9", 9, 0, 3);
    static final Bands BANDS = Bands.from(0, "MINIMAL", 5, "MILD", 10, "MODERATE", 15, "MODERATELY_SEVERE",
            20, "SEVERE");
    private static final int SELF_HARM_ITEM = 8;

    @Override
    public Score score(JsonNode answers, Sex sex) {
        int[] scores = ITEMS.read(answers);
        int total = ItemScores.total(scores);
        List<String> flags = scores[SELF_HARM_ITEM] > 0 ? List.of(InstrumentResult.SAFETY_FLAG) : List.of();
        return new Score(ItemScores.asJson(scores), total, BANDS.of(total), flags, List.of(), null);
    }
}
