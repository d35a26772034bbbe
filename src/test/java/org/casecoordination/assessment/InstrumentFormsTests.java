package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.casecoordination.forms.FormComponent;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormOption;
import org.casecoordination.forms.FormSchemaParser;
import org.casecoordination.forms.FormValidator;
import org.casecoordination.forms.FormValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each instrument's form in forms/ against its fixed answer key: analysts may reword, but a field key or option
 * value that drifts from what the scorer reads fails here. And a form filled in the browser scores as the API does.
 */
class InstrumentFormsTests {

    static FormDefinition load(Instrument instrument) {
        Path file = Path.of("forms", instrument.formId() + ".form");
        try (InputStream in = Files.newInputStream(file)) {
            return new FormSchemaParser().parse(in, "forms/" + file.getFileName());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void theFormsKeysAndValuesAreExactlyTheAnswerKey(Instrument instrument) {
        FormDefinition form = load(instrument);
        AnswerKey key = AnswerKeys.of(instrument);

        assertThat(form.id()).isEqualTo(instrument.formId());
        assertThat(form.fields()).extracting(FormComponent::key)
                .containsExactlyElementsOf(key.questions().stream().map(AnswerKey.Question::formKey).toList());
        for (AnswerKey.Question question : key.questions()) {
            FormComponent field = form.field(question.formKey()).orElseThrow();
            assertThat(field.type()).as(question.formKey()).isEqualTo(question.multiple() ? "checklist" : "radio");
            assertThat(field.validate().required()).as(question.formKey() + " required").isTrue();
            assertThat(field.values()).as(question.formKey()).extracting(FormOption::value)
                    .containsExactlyElementsOf(question.values().keySet());
        }
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void theLowestAndHighestAnswersOfTheFormScoreLikeTheApi(Instrument instrument) {
        FormDefinition form = load(instrument);
        AnswerKey key = AnswerKeys.of(instrument);

        Map<String, String[]> first = post(key, 0);
        Map<String, String[]> last = post(key, -1);

        assertThat(new FormValidator().validate(form, FormValues.fromRequestParameters(form, first))).isEmpty();
        Score lowest = instrument.score(key.toAnswers(FormValues.fromRequestParameters(form, first)), null);
        Score highest = instrument.score(key.toAnswers(FormValues.fromRequestParameters(form, last)), null);
        if (instrument == Instrument.AHCHRSN) {
            assertThat(lowest.positiveDomains()).containsExactly("FOOD", "TRANSPORTATION", "UTILITIES");
            assertThat(highest.positiveDomains()).containsExactly("HOUSING_INSTABILITY", "HOUSING_QUALITY",
                    "UTILITIES", "INTERPERSONAL_SAFETY");
            assertThat(highest.flags()).containsExactly("SAFETY");
            return;
        }
        // the first options are the healthy end of the symptom scales, the independent end of Katz and Lawton,
        // and "yes" for CAGE-AID
        boolean firstIsHighest = instrument == Instrument.KATZADL || instrument == Instrument.LAWTONIADL
                || instrument == Instrument.CAGEAID;
        int max = instrument.maxScore();
        assertThat(List.of(lowest.total(), highest.total())).as(instrument.code())
                .containsExactly(firstIsHighest ? max : 0, firstIsHighest ? 0 : max);
    }

    @Test
    void lawtonOptionsScoreAsInstrumentsMdSays() {
        FormDefinition form = load(Instrument.LAWTONIADL);
        Map<String, String[]> post = new HashMap<>();
        // options 1-3 → 1 for telephone and transportation, 1-4 for housekeeping, 1-2 laundry and finances
        post.put("lawtonTelephone", new String[] {"ANSWERS_ONLY"});
        post.put("lawtonShopping", new String[] {"SMALL_PURCHASES"});
        post.put("lawtonFoodPreparation", new String[] {"IF_SUPPLIED"});
        post.put("lawtonHousekeeping", new String[] {"NEEDS_HELP"});
        post.put("lawtonLaundry", new String[] {"SMALL_ITEMS"});
        post.put("lawtonTransportation", new String[] {"ACCOMPANIED_PUBLIC"});
        post.put("lawtonMedications", new String[] {"PREPARED_IN_ADVANCE"});
        post.put("lawtonFinances", new String[] {"DAY_TO_DAY"});

        var answers = AnswerKeys.LAWTONIADL.toAnswers(FormValues.fromRequestParameters(form, post));

        assertThat(answers).hasToString("[1,0,0,1,1,1,0,1]");
    }

    @Test
    void anOptionValueThatDriftedFromTheKeyIsRefusedByField() {
        Map<String, Object> values = new LinkedHashMap<>();
        AnswerKeys.PHQ9.questions().forEach(q -> values.put(q.formKey(), "0"));
        values.put("phq9SelfHarm", "SOMETIMES");

        assertThatThrownBy(() -> AnswerKeys.PHQ9.toAnswers(values))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("phq9SelfHarm",
                                "\u201cSOMETIMES\u201d is not one of the fixed answers (0, 1, 2, 3).")));
    }

    @Test
    void noneOfTheAboveCannotBeTickedWithAHousingProblem() {
        Map<String, Object> values = new LinkedHashMap<>();
        AnswerKeys.AHCHRSN.questions().forEach(q -> values.put(q.formKey(),
                q.multiple() ? List.of("NONE", "MOLD") : q.values().keySet().iterator().next()));

        assertThatThrownBy(() -> AnswerKeys.AHCHRSN.toAnswers(values))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("ahcHousingProblems"));
    }

    @Test
    void apiErrorFieldsLeadBackToTheFormsQuestions() {
        assertThat(AnswerKeys.PHQ9.formKeyOf("answers[8]")).contains("phq9SelfHarm");
        assertThat(AnswerKeys.AHCHRSN.formKeyOf("answers.foodWorry")).contains("ahcFoodWorry");
        assertThat(AnswerKeys.PHQ9.formKeyOf("instrument")).isEmpty();
    }

    /** Every question answered with its first option (index 0) or its last (index -1). */
    static Map<String, String[]> post(AnswerKey key, int index) {
        Map<String, String[]> post = new HashMap<>();
        for (AnswerKey.Question question : key.questions()) {
            List<String> values = List.copyOf(question.values().keySet());
            if (question.multiple()) {
                values = values.stream().filter(v -> !AnswerKey.NONE.equals(v)).toList();
                post.put(question.formKey(), index == 0 ? new String[] {AnswerKey.NONE}
                        : new String[] {values.get(values.size() - 1)});
                continue;
            }
            post.put(question.formKey(), new String[] {values.get(index < 0 ? values.size() - 1 : index)});
        }
        return post;
    }
}
