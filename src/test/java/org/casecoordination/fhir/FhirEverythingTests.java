package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casecoordination.arrangement.ArrangedCases;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code Patient/{id}/$everything} as a hospital's system asks for a client's whole record: valid R4, every type of
 * the client's cases the reader may see and the client's shared resources once, nothing of another team's case,
 * nothing Part 2, {@code _type}, {@code _since}, paging, and one audit row per case.
 */
@ApplicationTest
class FhirEverythingTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    FhirContext fhir;
    @Autowired
    FhirTestCases fhirCases;
    @Autowired
    Cases cases;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ConsentService consents;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorGetsTheClientsWholeRecordOfTheirTeamAsValidR4() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        String patient = patientOf(caseNumber);
        long client = FhirIds.clientId(patient);
        addCaregiver(caseNumber);
        AssessmentResult phq9 = record(caseNumber, "PHQ9", "[2,2,1,1,2,1,1,2,0]");
        // a second case of the same client in the team, and a third in another team
        String secondCase = fhirCases.open("cora", "team-north", "Eve", "Second", "en");
        jdbc.update("update care_case set client_id = ? where case_number = ?", client, secondCase);
        String southCase = fhirCases.open("dana", "team-south", "Eve", "South", "en");
        jdbc.update("update care_case set client_id = ? where case_number = ?", client, southCase);

        String json = body(get("/fhir/Patient/{id}/$everything", client), "cora");
        R4Validation.assertValid(json);
        Bundle bundle = bundle(json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        List<String> found = refs(bundle);
        assertThat(found).as("every kind of the record").contains(patient, "EpisodeOfCare/" + caseNumber,
                "EpisodeOfCare/" + secondCase, "ServiceRequest/" + referral.getId(), "Task/" + referral.getId(),
                "QuestionnaireResponse/" + phq9.getId(), "Observation/" + phq9.getId(),
                "Observation/" + phq9.getId() + "-9", "CareTeam/" + caseNumber, "CarePlan/" + caseNumber,
                "CareTeam/" + secondCase, "Goal/" + caseNumber + "-goal-1", "Condition/" + caseNumber + "-concern");
        assertThat(found).filteredOn(ref -> ref.startsWith("RelatedPerson/")).isNotEmpty();
        assertThat(found).filteredOn(ref -> ref.startsWith("Consent/")).isNotEmpty();
        assertThat(found).as("the client and what the cases share, once").doesNotHaveDuplicates()
                .filteredOn(ref -> ref.startsWith("Patient/")).containsExactly(patient);
        assertThat(found).as("not the other team's case").doesNotContain("EpisodeOfCare/" + southCase,
                "CareTeam/" + southCase);
        assertThat(bundle.getTotal()).isEqualTo(found.size());
        assertThat(bundle.getLink("next")).as("one page").isNull();

        // the other team's coordinator gets that team's case, not this one's
        List<String> south = refs(bundle(body(get("/fhir/Patient/{id}/$everything", client), "dana")));
        assertThat(south).contains(patient, "EpisodeOfCare/" + southCase).doesNotContain(
                "EpisodeOfCare/" + caseNumber, "Task/" + referral.getId(), "Observation/" + phq9.getId());

        for (String number : List.of(caseNumber, secondCase)) {
            assertThat(auditLog.newestOfCase(number, 30)).as("a read of " + number)
                    .filteredOn(e -> e.getAction() == AuditAction.VIEW_RECORD && "cora".equals(e.getActor()))
                    .extracting(AuditEvent::getResource).contains("FHIR Patient/" + client + "/$everything");
        }
        assertThat(auditLog.newestOfCase(southCase, 30)).extracting(AuditEvent::getActor).doesNotContain("cora");
    }

    @Test
    void anotherTeamsClientIsNotFoundAndAProvidersTokenSeesNoRecord() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        long client = FhirIds.clientId(patientOf(caseNumber));

        OperationOutcome outcome = read(get("/fhir/Patient/{id}/$everything", client)
                .with(httpBasic("dana", "demo")), status().isNotFound(), OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .isEqualTo("There is no Patient " + client + ", or it is not one you may see.");
        read(get("/fhir/Patient/{id}/$everything", "999999999").with(httpBasic("cora", "demo")),
                status().isNotFound(), OperationOutcome.class);
        String token = arranged.token(arranged.providerId("Northside Home Care"));
        read(get("/fhir/Patient/{id}/$everything", client).header("Authorization", "Bearer " + token),
                status().isNotFound(), OperationOutcome.class);
        read(get("/fhir/Patient/{id}/$everything", client), status().isUnauthorized(), OperationOutcome.class);
        assertThat(auditLog.newestOfCase(caseNumber, 30)).extracting(AuditEvent::getActor).doesNotContain("dana");
    }

    @Test
    void substanceUseInformationIsNeverInTheRecordAsTheReadsWithholdIt() throws Exception {
        ProviderReferral program = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(program);
        long client = FhirIds.clientId(patientOf(caseNumber));
        jdbc.update("update client set primary_concern = 'SUBSTANCE_USE' where id = ?", client);
        jdbc.update("update provider_referral set service_type = 'SUBSTANCE_USE_PROGRAM' where id = ?",
                program.getId());
        AssessmentResult audit = record(caseNumber, "AUDITC", "[3,3,3]");
        AssessmentResult gad7 = record(caseNumber, "GAD7", "[1,1,1,1,1,1,1]");
        long part2Consent = cases.as("cora", () -> {
            ConsentRequest request = new ConsentRequest();
            request.setPurpose(ConsentPurpose.SUBSTANCE_USE_DISCLOSURE);
            request.setRecipient("Northside Home Care");
            request.setGivenOn(LocalDate.now());
            return consents.record(caseNumber, request).id();
        });

        String json = body(get("/fhir/Patient/{id}/$everything", client), "cora");
        R4Validation.assertValid(json);
        List<String> found = refs(bundle(json));
        assertThat(found).contains("Observation/" + gad7.getId()).doesNotContain("Observation/" + audit.getId(),
                "Observation/" + audit.getId() + "-1", "QuestionnaireResponse/" + audit.getId(),
                "ServiceRequest/" + program.getId(), "Task/" + program.getId(), "Consent/" + part2Consent,
                "Condition/" + caseNumber + "-concern");
        assertThat(json).doesNotContain("AUDIT-C").doesNotContain("72109-2").doesNotContain("42CFRPart2")
                .doesNotContain("substance-use-program").doesNotContain("substance-use\"");
        // exactly as the reads do: each of them is a 404 to the same coordinator
        for (String ref : List.of("Observation/" + audit.getId(), "ServiceRequest/" + program.getId(),
                "Consent/" + part2Consent, "Condition/" + caseNumber + "-concern")) {
            read(get("/fhir/" + ref).with(httpBasic("cora", "demo")), status().isNotFound(),
                    OperationOutcome.class);
        }
    }

    @Test
    void typeSinceAndCountChooseWhatComesAndInPages() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Tina", "Types", "en");
        long client = FhirIds.clientId(patientOf(caseNumber));
        AssessmentResult before = record(caseNumber, "GAD7", "[0,0,0,0,0,0,0]");
        Thread.sleep(5);
        Instant since = Instant.now();
        Thread.sleep(5);
        AssessmentResult after = record(caseNumber, "PHQ9", "[0,0,0,0,0,0,0,0,0]");

        Bundle typed = bundle(body(get("/fhir/Patient/{id}/$everything", client)
                .param("_type", "Observation,EpisodeOfCare").param("_type", "QuestionnaireResponse"), "cora"));
        assertThat(refs(typed)).extracting(ref -> ref.substring(0, ref.indexOf('/'))).containsOnly("Observation",
                "EpisodeOfCare", "QuestionnaireResponse").contains("Observation", "EpisodeOfCare");
        assertThat(typed.getLink("self").getUrl()).contains("_type=Observation,EpisodeOfCare")
                .contains("_type=QuestionnaireResponse");

        // as curl sends it unencoded: the "+" of the offset arrives as a space
        Bundle changed = bundle(body(get("/fhir/Patient/{id}/$everything", client).param("_type", "Observation")
                .param("_since", since.atOffset(java.time.ZoneOffset.ofHours(2)).toString().replace('+', ' ')),
                "cora"));
        assertThat(changed.getLink("self").getUrl()).as("the instant, in UTC").contains("_since=" + since);
        assertThat(refs(changed)).contains("Observation/" + after.getId())
                .doesNotContain("Observation/" + before.getId(), "Observation/" + before.getId() + "-1");

        // paged: the pages together are the whole record, each entry once
        List<String> whole = refs(bundle(body(get("/fhir/Patient/{id}/$everything", client), "cora")));
        List<String> paged = new ArrayList<>();
        Bundle page = bundle(body(get("/fhir/Patient/{id}/$everything", client).param("_count", "7"), "cora"));
        int pages = 1;
        paged.addAll(refs(page));
        assertThat(page.getEntry()).hasSize(7);
        while (page.getLink("next") != null) {
            page = bundle(body(get(URI.create(page.getLink("next").getUrl())), "cora"));
            paged.addAll(refs(page));
            pages++;
        }
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(pages).isEqualTo((whole.size() + 6) / 7);

        OperationOutcome unknown = read(get("/fhir/Patient/{id}/$everything", client).param("_type", "Flag")
                .with(httpBasic("cora", "demo")), status().isBadRequest(), OperationOutcome.class);
        assertThat(unknown.getIssueFirstRep().getDiagnostics()).startsWith("A client's record holds no Flag; it holds"
                + " Patient, EpisodeOfCare");
        OperationOutcome spanish = read(get("/fhir/Patient/{id}/$everything", client).param("_type", "Flag")
                .header("Accept-Language", "es").with(httpBasic("cora", "demo")), status().isBadRequest(),
                OperationOutcome.class);
        assertThat(spanish.getIssueFirstRep().getDiagnostics())
                .startsWith("El expediente de un cliente no contiene Flag; contiene Patient, EpisodeOfCare");
        read(get("/fhir/Patient/{id}/$everything", client).param("_since", "2026-11-01")
                .with(httpBasic("cora", "demo")), status().isBadRequest(), OperationOutcome.class);
        read(get("/fhir/Patient/{id}/$everything", client).param("_count", "0").with(httpBasic("cora", "demo")),
                status().isBadRequest(), OperationOutcome.class);
    }

    @Test
    void theCapabilityStatementOffersEverythingOnPatient() throws Exception {
        var statement = read(get("/fhir/metadata"), status().isOk(),
                org.hl7.fhir.r4.model.CapabilityStatement.class);
        var patient = statement.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals("Patient"))
                .findFirst().orElseThrow();
        assertThat(patient.getOperation()).extracting(o -> o.getName() + " " + o.getDefinition())
                .containsExactly("everything http://hl7.org/fhir/OperationDefinition/Patient-everything");
    }

    private void addCaregiver(String caseNumber) throws Exception {
        mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType("application/json").content("""
                                {"relationship": "CAREGIVER", "name": "Ana Ruiz", "phone": "(212) 555-0123",
                                 "language": "es", "primaryCaregiver": true, "consents": ["SMS"]}"""))
                .andExpect(status().isCreated());
    }

    private AssessmentResult record(String caseNumber, String instrument, String answers) {
        return cases.as("cora", () -> {
            try {
                return assessments.record(caseNumber, instrument, JSON.readTree(answers), null, "cora");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String patientOf(String caseNumber) throws Exception {
        return read(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")), status().isOk(),
                EpisodeOfCare.class).getPatient().getReference();
    }

    private static List<String> refs(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().fhirType() + "/"
                + e.getResource().getIdElement().getIdPart()).toList();
    }

    private Bundle bundle(String json) {
        return fhir.newJsonParser().parseResource(Bundle.class, json);
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private <T extends org.hl7.fhir.r4.model.Resource> T read(MockHttpServletRequestBuilder request,
            ResultMatcher expected, Class<T> type) throws Exception {
        String body = mvc.perform(request).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return fhir.newJsonParser().parseResource(type, body);
    }
}
