package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.casecoordination.forms.FieldError;

/**
 * Reads the answers of a list instrument: exactly {@code items} whole numbers from {@code min} to {@code max}, in
 * item order. Everything wrong is reported at once, each answer by its index ({@code answers[8]}).
 */
record ItemScores(String title, int items, int min, int max) {

    static final String FIELD = "answers";

    int[] read(JsonNode answers) {
        String expected = title + " needs " + items + " answers, one per item in order, each a whole number from "
                + min + " to " + max + ".";
        if (answers == null || answers.isNull() || answers.isMissingNode()) {
            throw new InvalidAnswersException(FIELD, "Required. " + expected);
        }
        if (!answers.isArray()) {
            throw new InvalidAnswersException(FIELD, "Must be a list. " + expected);
        }
        if (answers.size() != items) {
            throw new InvalidAnswersException(FIELD, (answers.size() < items ? "Incomplete: " : "Too many answers: ")
                    + "got " + answers.size() + ". " + expected);
        }
        int[] scores = new int[items];
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            JsonNode answer = answers.get(i);
            if (answer.isNull()) {
                errors.add(new FieldError(FIELD + "[" + i + "]", "Required: item " + (i + 1) + " has no answer."));
            } else if (!answer.isIntegralNumber() || !answer.canConvertToInt() || answer.intValue() < min
                    || answer.intValue() > max) {
                errors.add(new FieldError(FIELD + "[" + i + "]", "Item " + (i + 1) + " must be a whole number from "
                        + min + " to " + max + "; got " + answer + "."));
            } else {
                scores[i] = answer.intValue();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return scores;
    }

    static int total(int[] scores) {
        int total = 0;
        for (int score : scores) {
            total += score;
        }
        return total;
    }

    static ArrayNode asJson(int[] scores) {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (int score : scores) {
            json.add(score);
        }
        return json;
    }
}
