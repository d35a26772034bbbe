package org.casecoordination.assessment.acuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of processes/acuity.dmn, on Camunda's own DMN engine with its default expression language (FEEL), the
 * one the process engine uses. Each row is tested at its threshold and just outside it, and an instrument never
 * given (null) must match no threshold.
 */
class AcuityDecisionTests {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = AcuityDecisionTests.class.getClassLoader().getResourceAsStream("processes/acuity.dmn")) {
            decision = engine.parseDecision("Acuity", in);
        }
    }

    /** Inputs as the business rule task maps them: nothing given, no safety flag. */
    static Map<String, Object> nothingGiven() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("safetyFlag", false);
        for (String name : new String[] {"phq9Score", "gad7Score", "katzAdlScore", "lawtonIadlScore", "auditCScore",
                "auditCScreen", "cageAidScore", "ahcPositiveDomains"}) {
            inputs.put(name, null);
        }
        inputs.put("instrumentsGiven", 0);
        return inputs;
    }

    static Map<String, Object> given(Object... nameValuePairs) {
        Map<String, Object> inputs = nothingGiven();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            inputs.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        inputs.put("instrumentsGiven", 1);
        return inputs;
    }

    static DmnDecisionResultEntries decide(Map<String, Object> inputs) {
        return engine.evaluateDecision(decision, inputs).getSingleResult();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // row, inputs at the threshold, the same instrument just outside it
                Arguments.of("CRITICAL: any safety flag", given("safetyFlag", true, "phq9Score", 3), "CRITICAL", 100,
                        "P7D", given("phq9Score", 3)),
                Arguments.of("HIGH: PHQ-9 20+", given("phq9Score", 20), "HIGH", 75, "P14D", given("phq9Score", 19)),
                Arguments.of("HIGH: GAD-7 15+", given("gad7Score", 15), "HIGH", 75, "P14D", given("gad7Score", 14)),
                Arguments.of("HIGH: Katz 0-2", given("katzAdlScore", 2), "HIGH", 75, "P14D", given("katzAdlScore", 3)),
                Arguments.of("HIGH: AUDIT-C 8+", given("auditCScore", 8, "auditCScreen", "POSITIVE"), "HIGH", 75, "P14D",
                        given("auditCScore", 7, "auditCScreen", "POSITIVE")),
                Arguments.of("HIGH: 3+ AHC domains", given("ahcPositiveDomains", 3), "HIGH", 75, "P14D",
                        given("ahcPositiveDomains", 2)),
                Arguments.of("MODERATE: PHQ-9 10+", given("phq9Score", 10), "MODERATE", 50, "P30D",
                        given("phq9Score", 9)),
                Arguments.of("MODERATE: GAD-7 10+", given("gad7Score", 10), "MODERATE", 50, "P30D",
                        given("gad7Score", 9)),
                Arguments.of("MODERATE: Katz 3-5", given("katzAdlScore", 5), "MODERATE", 50, "P30D",
                        given("katzAdlScore", 6)),
                Arguments.of("MODERATE: Lawton 5 or less", given("lawtonIadlScore", 5), "MODERATE", 50, "P30D",
                        given("lawtonIadlScore", 6)),
                Arguments.of("MODERATE: AUDIT-C positive", given("auditCScore", 3, "auditCScreen", "POSITIVE"),
                        "MODERATE", 50, "P30D", given("auditCScore", 3, "auditCScreen", "NEGATIVE")),
                Arguments.of("MODERATE: CAGE-AID 2+", given("cageAidScore", 2), "MODERATE", 50, "P30D",
                        given("cageAidScore", 1)),
                Arguments.of("MODERATE: any AHC domain", given("ahcPositiveDomains", 1), "MODERATE", 50, "P30D",
                        given("ahcPositiveDomains", 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRowFiresAtItsThresholdAndNotBelow(String row, Map<String, Object> atThreshold, String acuity,
            int priority, String interval, Map<String, Object> outside) {
        DmnDecisionResultEntries result = decide(atThreshold);
        assertThat(result.<String>getEntry("acuity")).isEqualTo(acuity);
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(priority);
        assertThat(result.<String>getEntry("followUpInterval")).isEqualTo(interval);

        assertThat(decide(outside).<String>getEntry("acuity")).as("just outside %s", row).isNotEqualTo(acuity);
    }

    @Test
    void lowWhenInstrumentsWereGivenAndNothingApplies() {
        DmnDecisionResultEntries result = decide(given("phq9Score", 4, "gad7Score", 4, "katzAdlScore", 6,
                "lawtonIadlScore", 8, "auditCScore", 2, "auditCScreen", "NEGATIVE", "cageAidScore", 1,
                "ahcPositiveDomains", 0));
        assertThat(result.<String>getEntry("acuity")).isEqualTo("LOW");
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(25);
        assertThat(result.<String>getEntry("followUpInterval")).isEqualTo("P90D");
    }

    @Test
    void noAcuityBeforeAnyInstrumentWasGiven() {
        assertThat(engine.evaluateDecision(decision, nothingGiven()).isEmpty()).isTrue();
    }

    @Test
    void instrumentsNeverGivenMatchNoThreshold() {
        // null <= 2 (Katz), null <= 5 (Lawton) would wrongly make an unassessed case HIGH or MODERATE
        assertThat(decide(given("phq9Score", 0)).<String>getEntry("acuity")).isEqualTo("LOW");
    }

    @Test
    void theFirstMatchingRowWins() {
        assertThat(decide(given("safetyFlag", true, "phq9Score", 27, "katzAdlScore", 0)).<String>getEntry("acuity"))
                .isEqualTo("CRITICAL");
        assertThat(decide(given("phq9Score", 12, "katzAdlScore", 1)).<String>getEntry("acuity")).isEqualTo("HIGH");
    }
}
