package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.casecoordination.client.Sex;
import org.casecoordination.forms.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Totals, every band boundary and every flag rule of the list instruments (shared/domain/INSTRUMENTS.md). */
class InstrumentScoringTests {

    static final ObjectMapper JSON = new ObjectMapper();

    /** {@code items} answers adding up to {@code total}, each at most {@code max}, filled from the first item. */
    static JsonNode answersSummingTo(int items, int max, int total) {
        int[] answers = new int[items];
        int left = total;
        for (int i = 0; i < items && left > 0; i++) {
            answers[i] = Math.min(max, left);
            left -= answers[i];
        }
        assertThat(left).as("total reachable").isZero();
        return JSON.valueToTree(answers);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest(name = "PHQ-9 {0} → {1}")
    @CsvSource({"0,MINIMAL", "4,MINIMAL", "5,MILD", "9,MILD", "10,MODERATE", "14,MODERATE",
            "15,MODERATELY_SEVERE", "19,MODERATELY_SEVERE", "20,SEVERE", "24,SEVERE"})
    void phq9Bands(int total, String band) {
        // items 1-8 only (at most 24), so item 9 stays 0 and no safety flag muddles the band
        int[] answers = new int[9];
        int left = total;
        for (int i = 0; i < 8 && left > 0; i++) {
            answers[i] = Math.min(3, left);
            left -= answers[i];
        }
        Score score = Instrument.PHQ9.score(JSON.valueToTree(answers), null);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.flags()).isEmpty();
    }

    @Test
    void phq9HighestTotalIsSevere() {
        assertThat(Instrument.PHQ9.score(json("[3,3,3,3,3,3,3,3,3]"), null))
                .returns(27, Score::total).returns("SEVERE", Score::band);
    }

    @ParameterizedTest(name = "PHQ-9 item 9 = {0}")
    @CsvSource({"1", "2", "3"})
    void phq9Item9AboveZeroRaisesSafetyWhateverTheTotal(int item9) {
        Score score = Instrument.PHQ9.score(json("[0,0,0,0,0,0,0,0," + item9 + "]"), null);

        assertThat(score.band()).isEqualTo("MINIMAL");
        assertThat(score.flags()).containsExactly("SAFETY");
    }

    @Test
    void phq9HighTotalWithItem9AtZeroRaisesNoSafetyFlag() {
        assertThat(Instrument.PHQ9.score(json("[3,3,3,3,3,3,3,3,0]"), null).flags()).isEmpty();
    }

    @ParameterizedTest(name = "GAD-7 {0} → {1}")
    @CsvSource({"0,MINIMAL", "4,MINIMAL", "5,MILD", "9,MILD", "10,MODERATE", "14,MODERATE", "15,SEVERE",
            "21,SEVERE"})
    void gad7Bands(int total, String band) {
        Score score = Instrument.GAD7.score(answersSummingTo(7, 3, total), null);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.flags()).isEmpty();
    }

    @ParameterizedTest(name = "AUDIT-C {0} for {1} → {2}")
    @CsvSource({"2,FEMALE,NEGATIVE", "3,FEMALE,POSITIVE", "3,MALE,NEGATIVE", "4,MALE,POSITIVE",
            "2,UNKNOWN,NEGATIVE", "3,UNKNOWN,POSITIVE", "3,OTHER,POSITIVE", "0,MALE,NEGATIVE", "12,FEMALE,POSITIVE",
            "12,MALE,POSITIVE"})
    void auditCThresholdDependsOnSex(int total, Sex sex, String band) {
        Score score = Instrument.AUDITC.score(answersSummingTo(3, 4, total), sex);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.sexApplied()).isEqualTo(sex.name());
    }

    @Test
    void auditCWithoutASexTakesTheLowerThreshold() {
        Score score = Instrument.AUDITC.score(json("[1,1,1]"), null);

        assertThat(score.band()).isEqualTo("POSITIVE");
        assertThat(score.sexApplied()).isEqualTo("UNKNOWN");
    }

    @ParameterizedTest(name = "CAGE-AID {0} → {1}")
    @CsvSource({"0,NEGATIVE", "1,FURTHER_ASSESSMENT", "2,CLINICALLY_SIGNIFICANT", "4,CLINICALLY_SIGNIFICANT"})
    void cageAidBands(int total, String band) {
        assertThat(Instrument.CAGEAID.score(answersSummingTo(4, 1, total), null))
                .returns(total, Score::total).returns(band, Score::band);
    }

    @ParameterizedTest(name = "Katz {0} → {1}")
    @CsvSource({"0,SEVERE_IMPAIRMENT", "2,SEVERE_IMPAIRMENT", "3,MODERATE_IMPAIRMENT", "5,MODERATE_IMPAIRMENT",
            "6,FULL_FUNCTION"})
    void katzBands(int total, String band) {
        assertThat(Instrument.KATZADL.score(answersSummingTo(6, 1, total), null))
                .returns(total, Score::total).returns(band, Score::band);
    }

    @ParameterizedTest(name = "Lawton {0}")
    @CsvSource({"0", "5", "8"})
    void lawtonHasATotalAndNoBand(int total) {
        assertThat(Instrument.LAWTONIADL.score(answersSummingTo(8, 1, total), null))
                .returns(total, Score::total).returns(null, Score::band);
    }

    @Test
    void theStoredAnswersAreTheItemScoresInOrder() {
        assertThat(Instrument.GAD7.score(json("[0,1,2,3,0,1,2]"), null).answers()).hasToString("[0,1,2,3,0,1,2]");
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = "AHCHRSN", mode = EnumSource.Mode.EXCLUDE)
    void anIncompleteSetIsRefusedNotScoredAsZero(Instrument instrument) {
        JsonNode tooFew = json("[0]");

        assertThatThrownBy(() -> instrument.score(tooFew, null))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("answers");
                            assertThat(error.message()).startsWith("Incomplete: got 1.");
                        }));
    }

    @Test
    void aMissingAnswerInTheListIsNamedByItsIndex() {
        assertThatThrownBy(() -> Instrument.PHQ9.score(json("[0,0,0,null,0,0,0,0,0]"), null))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("answers[3]", "Required: item 4 has no answer.")));
    }

    @Test
    void everyOutOfRangeAnswerIsNamed() {
        assertThatThrownBy(() -> Instrument.PHQ9.score(json("[0,4,0,0,-1,0,0,1.5,\"2\"]"), null))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("answers[1]", "answers[4]", "answers[7]",
                                "answers[8]"));
        assertThatThrownBy(() -> Instrument.GAD7.score(json("[0,0,0,0,0,0,18446744073709551617]"), null))
                .as("a number that wraps around to 1 as a long").isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> Instrument.KATZADL.score(json("[1,1,1,1,1,2]"), null))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("answers[5]",
                                "Item 6 must be a whole number from 0 to 1; got 2.")));
    }

    @Test
    void tooManyAnswersOrNoListAreRefused() {
        assertThatThrownBy(() -> Instrument.CAGEAID.score(json("[0,0,0,0,0]"), null))
                .hasMessageContaining("Too many answers: got 5. CAGE-AID needs 4 answers");
        assertThatThrownBy(() -> Instrument.GAD7.score(json("{\"a\": 1}"), null))
                .hasMessageContaining("answers: Must be a list.");
        assertThatThrownBy(() -> Instrument.GAD7.score(null, null)).hasMessageContaining("answers: Required.");
    }

    @Test
    void anUnknownInstrumentIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Instrument.ofCode("MMSE"))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("instrument", "Unknown instrument \u201cMMSE\u201d; use one of PHQ9, GAD7, "
                                + "AUDITC, CAGEAID, KATZADL, LAWTONIADL, AHCHRSN.")));
        assertThatThrownBy(() -> Instrument.ofCode(null)).hasMessageContaining("instrument: Required");
        assertThat(Arrays.stream(Instrument.values()).map(Instrument::formId))
                .contains("instrument-phq9", "instrument-ahchrsn");
    }
}
