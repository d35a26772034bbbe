package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.casecoordination.client.Sex;

/**
 * AUDIT-C: three items 0–4, total 0–12. Positive from 4 for men and from 3 for women; when the sex is unknown
 * (or recorded as other), the lower threshold, so that nobody is missed for want of a field.
 */
class AuditCScorer implements InstrumentScorer {

    static final ItemScores ITEMS = new ItemScores("AUDIT-C", 3, 0, 4);
    static final int MEN_THRESHOLD = 4;
    static final int LOWER_THRESHOLD = 3;

    @Override
    public Score score(JsonNode answers, Sex sex) {
        int[] scores = ITEMS.read(answers);
        int total = ItemScores.total(scores);
        Sex applied = sex == null ? Sex.UNKNOWN : sex;
        int threshold = applied == Sex.MALE ? MEN_THRESHOLD : LOWER_THRESHOLD;
        return new Score(ItemScores.asJson(scores), total, total >= threshold ? "POSITIVE" : "NEGATIVE", List.of(),
                List.of(), applied.name());
    }
}
