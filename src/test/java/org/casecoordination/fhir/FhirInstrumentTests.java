package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Instrument results as a receiving system reads them: the PHQ-9 by its LOINC code with the score, the band and
 * each item; the social-needs screen's positive domains; and substance-use screens never (42 CFR Part 2).
 */
@ApplicationTest
class FhirInstrumentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FhirTestCases fhirCases;
    @Autowired
    Cases cases;
    @Autowired
    AssessmentService assessments;
    @Autowired
    FhirContext fhir;

    @Test
    void aPhq9IsAnObservationWithItsLoincScoreBandAndItemsAndTheAnswersAsGiven() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Ines", "Instrument", "es");
        AssessmentResult phq9 = record(caseNumber, "PHQ9", "[2,2,1,1,2,1,1,2,0]");

        Observation result = read(get("/fhir/Observation/{id}", phq9.getId()), status().isOk(), Observation.class);
        assertThat(result.getCode().getCoding()).anyMatch(c -> "http://loinc.org".equals(c.getSystem())
                && "44261-6".equals(c.getCode()));
        assertThat(result.getValueIntegerType().getValue()).isEqualTo(12);
        assertThat(result.getInterpretationFirstRep().getText()).isEqualTo("Moderate");
        assertThat(result.getHasMember()).hasSize(9);

        Observation fifth = read(get("/fhir/" + result.getHasMember().get(4).getReference()), status().isOk(),
                Observation.class);
        assertThat(fifth.getValueIntegerType().getValue()).isEqualTo(2);
        read(get("/fhir/Observation/{id}-10", phq9.getId()), status().isNotFound(),
                org.hl7.fhir.r4.model.OperationOutcome.class);

        QuestionnaireResponse answers = read(get("/fhir/QuestionnaireResponse/{id}", phq9.getId()), status().isOk(),
                QuestionnaireResponse.class);
        assertThat(answers.getQuestionnaire()).isEqualTo("http://loinc.org/q/44249-1");
        assertThat(answers.getItem()).extracting(i -> i.getAnswerFirstRep().getValueIntegerType().getValue())
                .containsExactly(2, 2, 1, 1, 2, 1, 1, 2, 0);
    }

    @Test
    void theSocialNeedsScreenNamesItsPositiveDomains() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Hal", "Housing", "en");
        AssessmentResult ahc = record(caseNumber, "AHCHRSN", """
                {"livingSituation": "NO_STEADY_PLACE", "housingProblems": [], "foodWorry": "NEVER",
                 "foodDidNotLast": "NEVER", "transportation": "YES", "utilities": "NO",
                 "physicallyHurt": 1, "insulted": 1, "threatened": 1, "screamedAt": 1}""");
        Observation result = read(get("/fhir/Observation/{id}", ahc.getId()), status().isOk(), Observation.class);
        assertThat(result.getCode().getCoding()).anyMatch(c -> "96777-8".equals(c.getCode()));
        assertThat(result.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getDisplay())
                .containsExactlyInAnyOrder("Housing instability", "Transportation");
    }

    @Test
    void substanceUseScreensNeverLeaveThroughFhir() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Al", "Cohol", "en");
        AssessmentResult audit = record(caseNumber, "AUDITC", "[3,3,3]");
        AssessmentResult gad7 = record(caseNumber, "GAD7", "[1,1,1,1,1,1,1]");
        read(get("/fhir/Observation/{id}", audit.getId()), status().isNotFound(),
                org.hl7.fhir.r4.model.OperationOutcome.class);
        read(get("/fhir/QuestionnaireResponse/{id}", audit.getId()), status().isNotFound(),
                org.hl7.fhir.r4.model.OperationOutcome.class);
        String patient = "Patient/" + audit.getCareCase().getClient().getId();
        Bundle all = read(get("/fhir/Observation").param("patient", patient), status().isOk(), Bundle.class);
        assertThat(all.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(String.valueOf(gad7.getId()));
    }

    @Test
    void anotherTeamCannotReadTheResult() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Tia", "Team", "en");
        AssessmentResult gad7 = record(caseNumber, "GAD7", "[0,0,0,0,0,0,0]");
        mvc.perform(get("/fhir/Observation/{id}", gad7.getId()).with(httpBasic("dana", "demo")))
                .andExpect(status().isNotFound());
    }

    private AssessmentResult record(String caseNumber, String instrument, String answers) {
        return cases.as("cora", () -> {
            try {
                return assessments.record(caseNumber, instrument, new ObjectMapper().readTree(answers), null, "cora");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private <T extends Resource> T read(MockHttpServletRequestBuilder request, ResultMatcher expected, Class<T> type)
            throws Exception {
        String body = mvc.perform(request.with(httpBasic("cora", "demo"))).andExpect(expected).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return fhir.newJsonParser().parseResource(type, body);
    }
}
