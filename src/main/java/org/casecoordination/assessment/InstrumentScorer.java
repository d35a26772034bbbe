package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import org.casecoordination.client.Sex;

/** Scores one instrument from a complete answer set, or refuses it ({@link InvalidAnswersException}). */
interface InstrumentScorer {

    /**
     * @param answers the {@code answers} of the API request: a list of item scores, or an object for the AHC screen
     * @param sex     the client's sex as the threshold should take it; only AUDIT-C reads it (null = unknown)
     */
    Score score(JsonNode answers, Sex sex);
}
