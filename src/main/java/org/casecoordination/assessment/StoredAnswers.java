package org.casecoordination.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The answers column holds the JSON the scorer accepted; reading it back never fails for rows this app wrote. */
final class StoredAnswers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode parse(String answers) {
        try {
            return MAPPER.readTree(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers are not JSON", e);
        }
    }

    private StoredAnswers() {
    }
}
