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
        String expected = AnswerWords.text("instrumentCheck.items.expected", title, items, min, max);
        if (answers == null || answers.isNull() || answers.isMissingNode()) {
            throw new InvalidAnswersException(FIELD, AnswerWords.text("instrumentCheck.items.required", expected));
        }
        if (!answers.isArray()) {
            throw new InvalidAnswersException(FIELD, AnswerWords.text("instrumentCheck.items.notAList", expected));
        }
        if (answers.size() != items) {
            String problem = answers.size() < items ? "instrumentCheck.items.tooFew" : "instrumentCheck.items.tooMany";
            throw new InvalidAnswersException(FIELD, AnswerWords.text(problem, answers.size(), expected));
        }
        int[] scores = new int[items];
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            JsonNode answer = answers.get(i);
            if (answer.isNull()) {
                errors.add(new FieldError(FIELD + "[" + i + "]",
                        AnswerWords.text("instrumentCheck.item.required", i + 1)));
            } else if (!answer.isIntegralNumber() || !answer.canConvertToInt() || answer.intValue() < min
                    || answer.intValue() > max) {
                errors.add(new FieldError(FIELD + "[" + i + "]",
                        AnswerWords.text("instrumentCheck.item.outOfRange", i + 1, min, max, answer.toString())));
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
