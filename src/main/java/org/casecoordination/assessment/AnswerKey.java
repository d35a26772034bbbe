package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.forms.FieldError;

/**
 * The fixed answers of an instrument's form (forms/instrument-*.form) and what each means to the scorer: analysts
 * may reword questions and options, but the field keys and option values are these. A form whose values drift
 * from them is refused field by field, never scored with a guess (and {@code InstrumentFormsTests} fails first).
 */
final class AnswerKey {

    /** The value of a checklist option that stands for "none of the above"; it adds nothing to the answers. */
    static final String NONE = "NONE";

    /**
     * One question of the form.
     *
     * @param answerName where the answer goes in the AHC answers object; null for list instruments (item order)
     * @param values     option value to what the scorer reads (an item score, or the AHC answer value)
     * @param multiple   a checklist: the answer is the list of chosen values
     */
    record Question(String formKey, String answerName, Map<String, Object> values, boolean multiple) {
    }

    private static final Pattern ITEM = Pattern.compile("^answers\\[(\\d+)]$");
    private static final Pattern NAMED = Pattern.compile("^answers\\.(\\w+)$");

    private final List<Question> questions;

    AnswerKey(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    List<Question> questions() {
        return questions;
    }

    /**
     * The API's answers from the form's values (as {@code FormValues} gives them): a list of item scores, or the AHC
     * object. Fields are named by their form key.
     */
    JsonNode toAnswers(Map<String, Object> formValues) {
        boolean named = questions.get(0).answerName() != null;
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        List<FieldError> errors = new ArrayList<>();
        for (Question question : questions) {
            JsonNode answer = answerTo(question, formValues.get(question.formKey()), errors);
            if (named) {
                object.set(question.answerName(), answer);
            } else {
                items.add(answer);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return named ? object : items;
    }

    /** The form key an API error field ({@code answers[3]}, {@code answers.foodWorry}) is about, if any. */
    Optional<String> formKeyOf(String answerField) {
        if (answerField == null) {
            return Optional.empty();
        }
        Matcher item = ITEM.matcher(answerField);
        if (item.matches() && Integer.parseInt(item.group(1)) < questions.size()) {
            return Optional.of(questions.get(Integer.parseInt(item.group(1))).formKey());
        }
        Matcher named = NAMED.matcher(answerField);
        return named.matches() ? questions.stream().filter(q -> named.group(1).equals(q.answerName()))
                .map(Question::formKey).findFirst() : Optional.empty();
    }

    private static JsonNode answerTo(Question question, Object value, List<FieldError> errors) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (!question.multiple()) {
            if (value == null || "".equals(value)) {
                errors.add(new FieldError(question.formKey(), AnswerWords.text("instrumentCheck.form.required")));
                return json.nullNode();
            }
            Object meaning = question.values().get(String.valueOf(value));
            if (meaning == null) {
                errors.add(notFixed(question, value));
                return json.nullNode();
            }
            return meaning instanceof Integer number ? json.numberNode(number) : json.textNode(String.valueOf(meaning));
        }
        List<?> chosen = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        ArrayNode answer = json.arrayNode();
        if (chosen.isEmpty()) {
            errors.add(new FieldError(question.formKey(),
                    AnswerWords.text("instrumentCheck.form.tickWhatApplies")));
            return answer;
        }
        for (Object one : chosen) {
            if (!question.values().containsKey(String.valueOf(one))) {
                errors.add(notFixed(question, one));
                return answer;
            }
        }
        if (chosen.contains(NONE) && chosen.size() > 1) {
            errors.add(new FieldError(question.formKey(),
                    AnswerWords.text("instrumentCheck.form.noneOrProblems")));
            return answer;
        }
        chosen.stream().filter(one -> !NONE.equals(one))
                .forEach(one -> answer.add(String.valueOf(question.values().get(String.valueOf(one)))));
        return answer;
    }

    private static FieldError notFixed(Question question, Object value) {
        return new FieldError(question.formKey(), AnswerWords.text("instrumentCheck.form.notFixed",
                String.valueOf(value), String.join(", ", question.values().keySet())));
    }

    /** Option values and meanings, in order: {@code ordered("0", 0, "1", 1)}. */
    static Map<String, Object> ordered(Object... valuesAndMeanings) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndMeanings.length; i += 2) {
            map.put((String) valuesAndMeanings[i], valuesAndMeanings[i + 1]);
        }
        return map;
    }

    static Question item(String formKey, Map<String, Object> values) {
        return new Question(formKey, null, values, false);
    }

    static Question named(String formKey, String answerName, Map<String, Object> values) {
        return new Question(formKey, answerName, values, false);
    }

    static Question checklist(String formKey, String answerName, Map<String, Object> values) {
        return new Question(formKey, answerName, values, true);
    }

    /** The same options for every item. */
    static AnswerKey items(Map<String, Object> values, String... formKeys) {
        return new AnswerKey(java.util.Arrays.stream(formKeys).map(key -> item(key, values)).toList());
    }
}
