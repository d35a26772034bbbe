package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casecoordination.forms.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The AHC HRSN screen: each domain's rule, the interpersonal safety cut-off and its safety flag. */
class AhcScoringTests {

    /** Nothing positive: a steady place, no problems, never short of food, transport and utilities fine. */
    static ObjectNode noNeeds() {
        return (ObjectNode) InstrumentScoringTests.json("""
                {"livingSituation": "STEADY", "housingProblems": [], "foodWorry": "NEVER", "foodDidNotLast": "NEVER",
                 "transportation": "NO", "utilities": "NO",
                 "physicallyHurt": 1, "insulted": 1, "threatened": 1, "screamedAt": 1}""");
    }

    static Score score(ObjectNode answers) {
        return Instrument.AHCHRSN.score(answers, null);
    }

    @Test
    void noNeedsIsNoPositiveDomainNoTotalNoBand() {
        Score score = score(noNeeds());

        assertThat(score.positiveDomains()).isEmpty();
        assertThat(score.flags()).isEmpty();
        assertThat(score.total()).isNull();
        assertThat(score.band()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WORRIED_ABOUT_LOSING", "NO_STEADY_PLACE"})
    void anUnsteadyLivingSituationIsHousingInstability(String living) {
        assertThat(score(noNeeds().put("livingSituation", living)).positiveDomains())
                .containsExactly("HOUSING_INSTABILITY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PESTS", "MOLD", "LEAD", "NO_HEAT", "STOVE", "SMOKE_DETECTORS", "WATER_LEAKS"})
    void anyHousingProblemIsHousingQuality(String problem) {
        ObjectNode answers = noNeeds();
        answers.putArray("housingProblems").add(problem);

        assertThat(score(answers).positiveDomains()).containsExactly("HOUSING_QUALITY");
    }

    @ParameterizedTest(name = "food worry {0}, did not last {1} → {2}")
    @CsvSource({"OFTEN,NEVER,true", "SOMETIMES,NEVER,true", "NEVER,OFTEN,true", "NEVER,SOMETIMES,true",
            "NEVER,NEVER,false"})
    void oftenOrSometimesOnEitherFoodQuestionIsFood(String worry, String didNotLast, boolean positive) {
        ObjectNode answers = noNeeds().put("foodWorry", worry).put("foodDidNotLast", didNotLast);

        assertThat(score(answers).positiveDomains().contains("FOOD")).isEqualTo(positive);
    }

    @Test
    void needingTransportationIsPositive() {
        assertThat(score(noNeeds().put("transportation", "YES")).positiveDomains()).containsExactly("TRANSPORTATION");
    }

    @ParameterizedTest
    @CsvSource({"YES,true", "ALREADY_SHUT_OFF,true", "NO,false"})
    void utilitiesThreatenedOrShutOffArePositive(String utilities, boolean positive) {
        assertThat(score(noNeeds().put("utilities", utilities)).positiveDomains().contains("UTILITIES"))
                .isEqualTo(positive);
    }

    @ParameterizedTest(name = "{0}+{1}+{2}+{3} → unsafe {4}")
    @CsvSource({"3,3,2,2,false", "3,3,3,2,true", "5,3,1,1,false", "5,4,1,1,true", "5,5,5,5,true",
            "1,1,1,1,false"})
    void interpersonalSafetyAboveTenIsPositiveAndASafetyFlag(int hurt, int insulted, int threatened, int screamed,
            boolean unsafe) {
        ObjectNode answers = noNeeds().put("physicallyHurt", hurt).put("insulted", insulted)
                .put("threatened", threatened).put("screamedAt", screamed);

        Score score = score(answers);

        assertThat(score.positiveDomains().contains("INTERPERSONAL_SAFETY")).isEqualTo(unsafe);
        assertThat(score.flags().contains("SAFETY")).isEqualTo(unsafe);
    }

    @Test
    void everyDomainCanBePositiveAtOnceInAFixedOrder() {
        ObjectNode answers = noNeeds().put("livingSituation", "NO_STEADY_PLACE").put("foodWorry", "OFTEN")
                .put("transportation", "YES").put("utilities", "ALREADY_SHUT_OFF").put("physicallyHurt", 5)
                .put("insulted", 5).put("threatened", 5).put("screamedAt", 5);
        answers.putArray("housingProblems").add("WATER_LEAKS").add("MOLD");

        Score score = score(answers);

        assertThat(score.positiveDomains()).containsExactly("HOUSING_INSTABILITY", "HOUSING_QUALITY", "FOOD",
                "TRANSPORTATION", "UTILITIES", "INTERPERSONAL_SAFETY");
        assertThat(score.answers().get("housingProblems")).hasToString("[\"MOLD\",\"WATER_LEAKS\"]");
    }

    @Test
    void missingWrongAndUnknownAnswersAreEachNamed() {
        ObjectNode answers = noNeeds().put("foodWorry", "RARELY").put("threatened", 6).put("pets", "DOG");
        answers.remove("transportation");
        answers.putArray("housingProblems").add("NONE");

        assertThatThrownBy(() -> score(answers))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("answers.housingProblems",
                                "answers.foodWorry", "answers.transportation", "answers.threatened", "answers.pets"));
    }

    @Test
    void aListInsteadOfTheObjectIsRefused() {
        assertThatThrownBy(() -> Instrument.AHCHRSN.score(InstrumentScoringTests.json("[1,2]"), null))
                .hasMessageContaining("answers: Must be an object with [livingSituation");
    }
}
