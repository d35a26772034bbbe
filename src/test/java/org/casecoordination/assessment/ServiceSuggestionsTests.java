package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.casecoordination.assessment.ServiceSuggestions.Suggestion;
import org.casecoordination.casefile.TimelineText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** INSTRUMENTS.md, "What a positive result should lead to", rule by rule and at each threshold. */
class ServiceSuggestionsTests {

    static InstrumentResult result(String code, Integer score, String band, String... domains) {
        return new InstrumentResult(code, score, band, List.of(), List.of(domains), Instant.now());
    }

    static List<String> services(InstrumentResult... results) {
        Map<String, InstrumentResult> latest = new java.util.LinkedHashMap<>();
        for (InstrumentResult r : results) {
            latest.put(r.instrument(), r);
        }
        return ServiceSuggestions.suggest(latest).stream().map(Suggestion::service).toList();
    }

    @Test
    void noResultsSuggestNothing() {
        assertThat(ServiceSuggestions.suggest(Map.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} → mental health clinic {2}")
    @CsvSource({"PHQ9,9,false", "PHQ9,10,true", "GAD7,9,false", "GAD7,10,true"})
    void phq9OrGad7FromTenSuggestAMentalHealthClinic(String code, int score, boolean suggested) {
        assertThat(services(result(code, score, "X")).contains("MENTAL_HEALTH_CLINIC")).isEqualTo(suggested);
    }

    @ParameterizedTest(name = "{0} {1} {2} → substance-use program {3}")
    @CsvSource({"AUDITC,3,POSITIVE,true", "AUDITC,3,NEGATIVE,false", "CAGEAID,1,FURTHER_ASSESSMENT,false",
            "CAGEAID,2,CLINICALLY_SIGNIFICANT,true"})
    void aPositiveAuditCOrCageAidFromTwoSuggestASubstanceUseProgram(String code, int score, String band,
            boolean suggested) {
        assertThat(services(result(code, score, band)).contains("SUBSTANCE_USE_PROGRAM")).isEqualTo(suggested);
    }

    @ParameterizedTest(name = "Katz {0} → {1}")
    @CsvSource({"6,''", "5,HOME_CARE ADULT_DAY_CARE", "3,HOME_CARE ADULT_DAY_CARE",
            "2,HOME_CARE ADULT_DAY_CARE RESIDENTIAL_CARE"})
    void katzBelowSixSuggestsCareAtHomeAndTwoOrLessAPlacementReview(int score, String expected) {
        assertThat(String.join(" ", services(result("KATZADL", score, "X")))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Lawton {0} → {1}")
    @CsvSource({"8,''", "7,HOME_CARE ADULT_DAY_CARE"})
    void anyLawtonNeedSuggestsCareAtHome(int score, String expected) {
        assertThat(String.join(" ", services(result("LAWTONIADL", score, null)))).isEqualTo(expected);
    }

    @Test
    void ahcPositivesSuggestTransportationAndSocialServices() {
        assertThat(services(result("AHCHRSN", null, null, "TRANSPORTATION"))).containsExactly("TRANSPORTATION");
        for (String domain : List.of("HOUSING_INSTABILITY", "HOUSING_QUALITY", "FOOD", "UTILITIES")) {
            assertThat(services(result("AHCHRSN", null, null, domain))).as(domain).containsExactly("SOCIAL_SERVICES");
        }
        assertThat(services(result("AHCHRSN", null, null))).isEmpty();
    }

    @Test
    void eachSuggestionSaysWhichResultsLedToIt() {
        List<Suggestion> suggestions = ServiceSuggestions.suggest(Map.of(
                "PHQ9", result("PHQ9", 14, "MODERATE"), "GAD7", result("GAD7", 16, "SEVERE")));

        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.service()).isEqualTo("MENTAL_HEALTH_CLINIC");
            assertThat(s.reasons()).containsExactly(
                    TimelineText.of("suggestions.reason.score", "PHQ-9", 14, TimelineText.Words.label("band", "MODERATE")),
                    TimelineText.of("suggestions.reason.score", "GAD-7", 16, TimelineText.Words.label("band", "SEVERE")));
        });
    }

    @Test
    void everyServiceTheRulesCanSuggestHasWordsInEnglishAndSpanish() {
        List<String> all = services(result("AUDITC", 5, "POSITIVE"), result("PHQ9", 14, "MODERATE"),
                result("KATZADL", 1, "X"), result("LAWTONIADL", 1, "X"),
                result("AHCHRSN", null, null, "TRANSPORTATION", "FOOD"));
        assertThat(all).hasSize(7);
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            ResourceBundle words = ResourceBundle.getBundle("messages/casework", language);
            assertThat(all).as(language.toString())
                    .allSatisfy(service -> assertThat(words.getString("suggestions.service." + service)).isNotBlank());
        }
    }
}
