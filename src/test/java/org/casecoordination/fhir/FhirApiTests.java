package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.casecoordination.arrangement.ProviderTokens;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The FHIR door as a hospital's system, a coordinator's browser and a provider's system use it: what each may read,
 * what the resources say, how refusals read, and that every read is in the audit log.
 */
@ApplicationTest
class FhirApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FhirTestCases cases;
    @Autowired
    FhirContext fhir;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ProviderTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyoneMayAskWhatTheServerCanDoButNothingElseWithoutLoggingIn() throws Exception {
        CapabilityStatement statement = read(get("/fhir/metadata"), status().isOk(), CapabilityStatement.class);
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .contains("Patient", "EpisodeOfCare");

        String caseNumber = cases.open("cora", "team-north", "Nora", "Anonymous", "en");
        OperationOutcome refused = read(get("/fhir/EpisodeOfCare/{id}", caseNumber), status().isUnauthorized(),
                OperationOutcome.class);
        assertThat(refused.getIssueFirstRep().getDiagnostics()).contains("Log in");
        mvc.perform(get("/fhir/EpisodeOfCare/{id}", caseNumber))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"case-coordination\""));
    }

    @Test
    void aCoordinatorReadsTheirTeamsClientAndCaseAndEachReadIsAudited() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Rosa", "Fhirtest", "es");
        EpisodeOfCare episode = read(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")),
                status().isOk(), EpisodeOfCare.class);
        assertThat(episode.getIdElement().getIdPart()).isEqualTo(caseNumber);
        assertThat(episode.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.PLANNED);
        assertThat(episode.getTypeFirstRep().getCodingFirstRep().getDisplay()).isEqualTo("Intake");
        assertThat(episode.getPatient().getDisplay()).isEqualTo("Rosa Fhirtest");
        assertThat(episode.getPeriod().getStart()).isNotNull();

        Patient patient = read(get("/fhir/" + episode.getPatient().getReference()).with(httpBasic("cora", "demo")),
                status().isOk(), Patient.class);
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Fhirtest");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1948-02-29");
        assertThat(patient.getGender().toCode()).isEqualTo("female");
        assertThat(patient.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode()).isEqualTo("es");
        assertThat(patient.getAddressFirstRep().getText()).isEqualTo("12 Elm Street, Springfield");

        List<AuditEvent> events = auditLog.newestOfCase(caseNumber, 10);
        assertThat(events).filteredOn(e -> e.getAction() == AuditAction.VIEW_RECORD).extracting(AuditEvent::getResource)
                .contains("FHIR EpisodeOfCare/" + caseNumber, "FHIR " + episode.getPatient().getReference());
        assertThat(events).filteredOn(e -> e.getAction() == AuditAction.VIEW_RECORD)
                .extracting(AuditEvent::getActor).containsOnly("cora");
    }

    @Test
    void aCoordinatorLoggedInOnThePagesReadsWithTheirSession() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Sam", "Session", "en");
        read(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(Users.cora()), status().isOk(), EpisodeOfCare.class);
    }

    @Test
    void anotherTeamsCaseIsNotFoundAndNotListed() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Olga", "Otherteam", "en");
        OperationOutcome outcome = read(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("dana", "demo")),
                status().isNotFound(), OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .isEqualTo("There is no EpisodeOfCare " + caseNumber + ", or it is not one you may see.");

        Bundle listed = read(get("/fhir/EpisodeOfCare").param("_count", "100").with(httpBasic("dana", "demo")),
                status().isOk(), Bundle.class);
        assertThat(ids(listed)).doesNotContain(caseNumber);
    }

    @Test
    void aSearchPagesThroughTheTeamsCasesWithNextLinks() throws Exception {
        String first = cases.open("cora", "team-north", "Pia", "Pages", "en");
        String patient = read(get("/fhir/EpisodeOfCare/{id}", first).with(httpBasic("cora", "demo")),
                status().isOk(), EpisodeOfCare.class).getPatient().getReference();
        Long clientId = FhirIds.clientId(patient);
        String second = cases.open("cora", "team-north", "Pia", "Pages2", "en");
        // the same client's second case: a referral attached to the existing client
        jdbc.update("update care_case set client_id = ? where case_number = ?", clientId, second);

        Bundle page1 = read(get("/fhir/EpisodeOfCare").param("patient", patient).param("_count", "1")
                .with(httpBasic("cora", "demo")), status().isOk(), Bundle.class);
        assertThat(page1.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(page1.getEntry()).hasSize(1);
        String next = page1.getLink("next").getUrl();
        assertThat(next).contains("patient=Patient/" + clientId).contains("_offset=1");
        Bundle page2 = read(get(next.substring(next.indexOf("/fhir/"))).with(httpBasic("cora", "demo")),
                status().isOk(), Bundle.class);
        assertThat(page2.getLink("next")).isNull();
        assertThat(List.of(ids(page1).get(0), ids(page2).get(0))).containsExactlyInAnyOrder(first, second);

        Bundle active = read(get("/fhir/EpisodeOfCare").param("patient", patient).param("status", "active")
                .with(httpBasic("cora", "demo")), status().isOk(), Bundle.class);
        assertThat(active.getEntry()).as("both are at intake: planned").isEmpty();
    }

    @Test
    void badSearchesAndWritesAreRefusedAsOperationOutcomes() throws Exception {
        OperationOutcome badCount = read(get("/fhir/EpisodeOfCare").param("_count", "lots")
                .with(httpBasic("cora", "demo")), status().isBadRequest(), OperationOutcome.class);
        assertThat(badCount.getIssueFirstRep().getDiagnostics()).isEqualTo("This server cannot search by _count=lots.");
        OperationOutcome spanish = read(get("/fhir/EpisodeOfCare").param("status", "asleep")
                .header("Accept-Language", "es").with(httpBasic("cora", "demo")), status().isBadRequest(),
                OperationOutcome.class);
        assertThat(spanish.getIssueFirstRep().getDiagnostics()).isEqualTo(
                "Este servidor no puede buscar por status=asleep.");
        read(post("/fhir/Patient").contentType("application/fhir+json").content("{\"resourceType\":\"Patient\"}")
                .with(httpBasic("cora", "demo")), status().isForbidden(), OperationOutcome.class);
        read(put("/fhir/Task/1").contentType("application/fhir+json").content("{\"resourceType\":\"Task\"}")
                .with(httpBasic("cora", "demo")), status().isForbidden(), OperationOutcome.class);
    }

    @Test
    void aProviderSystemSeesNoClientsOrCases() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Pat", "Provider", "en");
        long providerId = jdbc.queryForObject("select min(id) from provider", Long.class);
        String token = tokens.create(providerId, "FHIR test", "admin").token();
        read(get("/fhir/EpisodeOfCare/{id}", caseNumber).header("Authorization", "Bearer " + token),
                status().isNotFound(), OperationOutcome.class);
        Bundle none = read(get("/fhir/Patient").header("Authorization", "Bearer " + token), status().isOk(),
                Bundle.class);
        assertThat(none.getEntry()).isEmpty();
        read(get("/fhir/Patient").header("Authorization", "Bearer cc_not-a-token"), status().isUnauthorized(),
                OperationOutcome.class);
    }

    @Test
    void theProviderDirectoryIsOpenToStaffAndProvidersAndSearchableByService() throws Exception {
        long providerId = jdbc.queryForObject("select id from provider where name = 'Northside Home Care'", Long.class);
        String token = tokens.create(providerId, "FHIR directory", "admin").token();
        org.hl7.fhir.r4.model.Organization organization = read(get("/fhir/Organization/{id}", providerId)
                .header("Authorization", "Bearer " + token), status().isOk(), org.hl7.fhir.r4.model.Organization.class);
        assertThat(organization.getName()).isEqualTo("Northside Home Care");
        Bundle homeCare = read(get("/fhir/HealthcareService").param("service-type", "home-care").param("_count", "100")
                .with(httpBasic("cora", "demo")), status().isOk(), Bundle.class);
        assertThat(homeCare.getEntry()).extracting(e -> ((org.hl7.fhir.r4.model.HealthcareService) e.getResource())
                .getName()).contains("Northside Home Care").doesNotContain("Sunrise Day Centre");
        read(get("/fhir/HealthcareService").param("service-type", "plumbing").with(httpBasic("cora", "demo")),
                status().isBadRequest(), OperationOutcome.class);
    }

    @Test
    void aClientsCaregiverIsARelatedPersonOfThePatient() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Rita", "Related", "es");
        mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType("application/json").content("""
                                {"relationship": "CAREGIVER", "name": "Ana Ruiz", "phone": "(212) 555-0123",
                                 "language": "es", "primaryCaregiver": true, "consents": ["SMS"]}"""))
                .andExpect(status().isCreated());
        String patient = read(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")),
                status().isOk(), EpisodeOfCare.class).getPatient().getReference();
        Bundle related = read(get("/fhir/RelatedPerson").param("patient", patient).with(httpBasic("cora", "demo")),
                status().isOk(), Bundle.class);
        org.hl7.fhir.r4.model.RelatedPerson ana = (org.hl7.fhir.r4.model.RelatedPerson) related.getEntryFirstRep()
                .getResource();
        assertThat(ana.getNameFirstRep().getText()).isEqualTo("Ana Ruiz");
        assertThat(ana.getTelecomFirstRep().getValue()).isEqualTo("+12125550123");
        assertThat(ana.getRelationshipFirstRep().getCodingFirstRep().getDisplay()).isEqualTo("Caregiver");
        assertThat(ana.getPatient().getReference()).isEqualTo(patient);
        read(get("/fhir/RelatedPerson/{id}", ana.getIdElement().getIdPart()).with(httpBasic("dana", "demo")),
                status().isNotFound(), OperationOutcome.class);
        read(get("/fhir/RelatedPerson").with(httpBasic("cora", "demo")), status().isBadRequest(),
                OperationOutcome.class);
    }

    @Test
    void theClientHeldAsTheirOwnContactIsNoRelatedPerson() throws Exception {
        String caseNumber = cases.open("cora", "team-north", "Rosa", "Self", "es");
        String self = mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType("application/json").content("""
                                {"relationship": "SELF", "name": "Rosa Self", "phone": "(212) 555-0177",
                                 "consents": ["SMS"]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String selfId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(self).get("id").asText();
        String patient = read(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")),
                status().isOk(), EpisodeOfCare.class).getPatient().getReference();

        Bundle related = read(get("/fhir/RelatedPerson").param("patient", patient).with(httpBasic("cora", "demo")),
                status().isOk(), Bundle.class);
        assertThat(related.getEntry()).as("the client is the Patient, not a related person").isEmpty();
        read(get("/fhir/RelatedPerson/{id}", selfId).with(httpBasic("cora", "demo")), status().isNotFound(),
                OperationOutcome.class);
    }

    private List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    private <T extends Resource> T read(MockHttpServletRequestBuilder request, ResultMatcher expected, Class<T> type)
            throws Exception {
        String body = mvc.perform(request).andExpect(expected)
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/fhir+json")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return fhir.newJsonParser().parseResource(type, body);
    }
}
