package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casecoordination.client.Sex;
import org.casecoordination.forms.FieldError;

/**
 * The AHC health-related social needs core screen (CMS): no total, a list of positive domains. Interpersonal
 * safety (the four 1–5 items summed, above 10) is also a safety flag.
 */
class AhcScorer implements InstrumentScorer {

    static final List<String> LIVING_SITUATIONS = List.of("STEADY", "WORRIED_ABOUT_LOSING", "NO_STEADY_PLACE");
    static final List<String> HOUSING_PROBLEMS = List.of("PESTS", "MOLD", "LEAD", "NO_HEAT", "STOVE",
            "SMOKE_DETECTORS", "WATER_LEAKS");
    static final List<String> FREQUENCIES = List.of("OFTEN", "SOMETIMES", "NEVER");
    static final List<String> YES_NO = List.of("YES", "NO");
    static final List<String> UTILITIES = List.of("YES", "NO", "ALREADY_SHUT_OFF");
    static final List<String> SAFETY_ITEMS = List.of("physicallyHurt", "insulted", "threatened", "screamedAt");
    static final int SAFETY_ITEM_MIN = 1;
    static final int SAFETY_ITEM_MAX = 5;
    /** The interpersonal safety sum must be greater than this to be positive. */
    static final int SAFETY_CUT_OFF = 10;

    static final List<String> QUESTIONS = List.of("livingSituation", "housingProblems", "foodWorry",
            "foodDidNotLast", "transportation", "utilities", "physicallyHurt", "insulted", "threatened", "screamedAt");

    @Override
    public Score score(JsonNode answers, Sex sex) {
        if (answers == null || answers.isNull() || answers.isMissingNode()) {
            throw new InvalidAnswersException(ItemScores.FIELD, AnswerWords.text("instrumentCheck.ahc.required",
                    String.valueOf(QUESTIONS)));
        }
        if (!answers.isObject()) {
            throw new InvalidAnswersException(ItemScores.FIELD, AnswerWords.text("instrumentCheck.ahc.notAnObject",
                    String.valueOf(QUESTIONS)));
        }
        Reader in = new Reader(answers);
        String living = in.choice("livingSituation", LIVING_SITUATIONS);
        List<String> problems = in.choices("housingProblems", HOUSING_PROBLEMS);
        String foodWorry = in.choice("foodWorry", FREQUENCIES);
        String foodDidNotLast = in.choice("foodDidNotLast", FREQUENCIES);
        String transportation = in.choice("transportation", YES_NO);
        String utilities = in.choice("utilities", UTILITIES);
        int safetySum = 0;
        for (String item : SAFETY_ITEMS) {
            safetySum += in.number(item);
        }
        in.refuseUnknownQuestions();
        in.failIfInvalid();

        List<String> positive = new ArrayList<>();
        if (!"STEADY".equals(living)) {
            positive.add("HOUSING_INSTABILITY");
        }
        if (!problems.isEmpty()) {
            positive.add("HOUSING_QUALITY");
        }
        if (!"NEVER".equals(foodWorry) || !"NEVER".equals(foodDidNotLast)) {
            positive.add("FOOD");
        }
        if ("YES".equals(transportation)) {
            positive.add("TRANSPORTATION");
        }
        if (!"NO".equals(utilities)) {
            positive.add("UTILITIES");
        }
        boolean unsafe = safetySum > SAFETY_CUT_OFF;
        if (unsafe) {
            positive.add("INTERPERSONAL_SAFETY");
        }
        return new Score(in.canonical, null, null, unsafe ? List.of(InstrumentResult.SAFETY_FLAG) : List.of(),
                positive, null);
    }

    /** Reads each question once, collecting every problem, and builds the canonical answers on the way. */
    private static final class Reader {
        private final JsonNode answers;
        private final ObjectNode canonical = JsonNodeFactory.instance.objectNode();
        private final List<FieldError> errors = new ArrayList<>();

        Reader(JsonNode answers) {
            this.answers = answers;
        }

        String choice(String question, List<String> options) {
            JsonNode answer = answers.get(question);
            if (answer == null || answer.isNull()) {
                errors.add(error(question, AnswerWords.text("instrumentCheck.ahc.choice.required",
                        String.join(", ", options))));
            } else if (!answer.isTextual() || !options.contains(answer.textValue())) {
                errors.add(error(question, AnswerWords.text("instrumentCheck.ahc.choice.invalid",
                        String.join(", ", options), answer.toString())));
            } else {
                canonical.put(question, answer.textValue());
                return answer.textValue();
            }
            return null;
        }

        List<String> choices(String question, List<String> options) {
            JsonNode answer = answers.get(question);
            String expected = String.join(", ", options);
            if (answer == null || answer.isNull()) {
                errors.add(error(question, AnswerWords.text("instrumentCheck.ahc.list.required", expected)));
                return List.of();
            }
            if (!answer.isArray()) {
                errors.add(error(question, AnswerWords.text("instrumentCheck.ahc.list.invalid", expected)));
                return List.of();
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (JsonNode item : answer) {
                if (!item.isTextual() || !options.contains(item.textValue())) {
                    errors.add(error(question, AnswerWords.text("instrumentCheck.ahc.list.invalidItem", expected,
                            item.toString())));
                    return List.of();
                }
                chosen.add(item.textValue());
            }
            ArrayNode json = canonical.putArray(question);
            options.stream().filter(chosen::contains).forEach(json::add);
            return List.copyOf(chosen);
        }

        int number(String question) {
            JsonNode answer = answers.get(question);
            if (answer == null || answer.isNull()) {
                errors.add(error(question, AnswerWords.text("instrumentCheck.ahc.number.required", SAFETY_ITEM_MIN,
                        SAFETY_ITEM_MAX)));
            } else if (!answer.isIntegralNumber() || !answer.canConvertToInt()
                    || answer.intValue() < SAFETY_ITEM_MIN || answer.intValue() > SAFETY_ITEM_MAX) {
                errors.add(error(question, AnswerWords.text("instrumentCheck.ahc.number.invalid", SAFETY_ITEM_MIN,
                        SAFETY_ITEM_MAX, answer.toString())));
            } else {
                canonical.put(question, answer.intValue());
                return answer.intValue();
            }
            return 0;
        }

        void refuseUnknownQuestions() {
            for (Iterator<String> names = answers.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!QUESTIONS.contains(name)) {
                    errors.add(error(name, AnswerWords.text("instrumentCheck.ahc.unknownQuestion",
                            String.valueOf(QUESTIONS))));
                }
            }
        }

        void failIfInvalid() {
            if (!errors.isEmpty()) {
                throw new InvalidAnswersException(errors);
            }
        }

        private static FieldError error(String question, String message) {
            return new FieldError(ItemScores.FIELD + "." + question, message);
        }
    }
}
