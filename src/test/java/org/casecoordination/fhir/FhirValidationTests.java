package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What /fhir serves is valid R4: each resource is checked by HAPI's instance validator against the base R4
 * definitions (structure, cardinality, value sets bound as required). Errors fail the test; warnings (for example
 * our own code systems, which the validator cannot look up) are allowed.
 */
@ApplicationTest
class FhirValidationTests {

    private static FhirValidator validator;

    @Autowired
    MockMvc mvc;
    @Autowired
    FhirTestCases cases;
    @Autowired
    org.casecoordination.arrangement.ArrangedCases arranged;

    @BeforeAll
    static void validator() {
        FhirContext r4 = FhirContext.forR4Cached();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(r4),
                new InMemoryTerminologyServerValidationSupport(r4), new CommonCodeSystemsTerminologyService(r4));
        validator = r4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    @Test
    void theCapabilityStatementIsValid() throws Exception {
        assertValid(body(get("/fhir/metadata").with(httpBasic("cora", "demo"))));
    }

    @Test
    void casesAndClientsAndTheirSearchBundlesAreValid() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Vera", "Valid", "es");
        String episode = body(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")));
        assertValid(episode);
        String patient = FhirContext.forR4Cached().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.EpisodeOfCare.class, episode).getPatient().getReference();
        assertValid(body(get("/fhir/" + patient).with(httpBasic("cora", "demo"))));
        String bundle = body(get("/fhir/EpisodeOfCare").param("patient", patient).with(httpBasic("cora", "demo")));
        assertThat(FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, bundle).getEntry())
                .isNotEmpty();
        assertValid(bundle);
        assertValid(body(get("/fhir/Patient").param("_count", "2").with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/Patient/999999999").with(httpBasic("cora", "demo"))));
    }

    @Test
    void referralsAsTaskAndServiceRequestAreValid() throws Exception {
        org.casecoordination.arrangement.ProviderReferral referral = arranged.accepted("Northside Home Care");
        assertValid(body(get("/fhir/Task/{id}", referral.getId()).with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/ServiceRequest/{id}", referral.getId()).with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/Task").param("_count", "3").with(httpBasic("cora", "demo"))));
    }

    @Test
    void instrumentResultsAreValid() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Olive", "Observed", "en");
        var result = assessments(caseNumber, "PHQ9", "[2,2,1,1,2,1,1,2,0]");
        assertValid(body(get("/fhir/Observation/{id}", result.getId()).with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/Observation/{id}-3", result.getId()).with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/QuestionnaireResponse/{id}", result.getId()).with(httpBasic("cora", "demo"))));
        var ahc = assessments(caseNumber, "AHCHRSN", """
                {"livingSituation": "NO_STEADY_PLACE", "housingProblems": ["MOLD"], "foodWorry": "NEVER",
                 "foodDidNotLast": "NEVER", "transportation": "YES", "utilities": "NO",
                 "physicallyHurt": 1, "insulted": 1, "threatened": 1, "screamedAt": 1}""");
        assertValid(body(get("/fhir/Observation/{id}", ahc.getId()).with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/Observation/{id}-2", ahc.getId()).with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/QuestionnaireResponse/{id}", ahc.getId()).with(httpBasic("cora", "demo"))));
    }

    @Autowired
    org.casecoordination.assessment.AssessmentService assessmentService;
    @Autowired
    org.casecoordination.support.Cases supportCases;

    private org.casecoordination.assessment.AssessmentResult assessments(String caseNumber, String instrument,
            String answers) {
        return supportCases.as("cora", () -> {
            try {
                return assessmentService.record(caseNumber, instrument,
                        new com.fasterxml.jackson.databind.ObjectMapper().readTree(answers), null, "cora");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void contactsAsRelatedPersonAreValid() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Val", "Related", "en");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo"))
                .contentType("application/json").content("""
                        {"relationship": "FAMILY", "name": "Bo Related", "phone": "(212) 555-0124",
                         "email": "bo@example.org", "language": "en", "consents": ["EMAIL"]}"""));
        String episode = body(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")));
        String patient = FhirContext.forR4Cached().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.EpisodeOfCare.class, episode).getPatient().getReference();
        String bundle = body(get("/fhir/RelatedPerson").param("patient", patient).with(httpBasic("cora", "demo")));
        assertThat(bundle).contains("Bo Related");
        assertValid(bundle);
    }

    @Test
    void theDirectoryIsValid() throws Exception {
        assertValid(body(get("/fhir/Organization").param("_count", "5").with(httpBasic("cora", "demo"))));
        assertValid(body(get("/fhir/HealthcareService").param("_count", "5").with(httpBasic("cora", "demo"))));
    }

    /** The check above can fail: an episode without its required status and with a made-up gender is refused. */
    @Test
    void theValidatorRefusesAnInvalidResource() {
        String invalid = "{\"resourceType\":\"EpisodeOfCare\",\"patient\":{\"reference\":\"Patient/1\"}}";
        assertThat(validator.validateWithResult(invalid).getMessages())
                .filteredOn(m -> m.getSeverity() == ResultSeverityEnum.ERROR)
                .extracting(SingleValidationMessage::getMessage).anyMatch(m -> m.contains("EpisodeOfCare.status"));
        String gender = "{\"resourceType\":\"Patient\",\"gender\":\"robot\"}";
        assertThat(validator.validateWithResult(gender).getMessages())
                .anyMatch(m -> m.getSeverity() == ResultSeverityEnum.ERROR);
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertValid(String json) {
        List<SingleValidationMessage> errors = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        assertThat(errors).as(json).extracting(m -> m.getLocationString() + ": " + m.getMessage()).isEmpty();
    }
}
