package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casecoordination.arrangement.ArrangedCases;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.security.login.UserStatus;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case as CareTeam, CarePlan, Goal, Condition and Consent, as a hospital's system reads it: what each says,
 * valid R4, only for the case's team, {@code _include}, the Part 2 rule, and the password-change rule of the door.
 */
@ApplicationTest
class FhirCaseResourcesTests {

    private static final String GOAL = "Stay safely at home with support three times a week.";
    /** AHC answers positive for housing instability, housing quality and transportation. */
    private static final String AHC = """
            {"livingSituation": "NO_STEADY_PLACE", "housingProblems": ["MOLD"], "foodWorry": "NEVER",
             "foodDidNotLast": "NEVER", "transportation": "YES", "utilities": "NO",
             "physicallyHurt": 1, "insulted": 1, "threatened": 1, "screamedAt": 1}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    FhirContext fhir;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    Cases cases;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ConsentService consentService;
    @Autowired
    ConsentResources consentResources;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserStatus userStatus;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCoordinatorReadsTheCasesTeamPlanGoalsConcernsAndConsentsAsValidR4() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        String patient = patientOf(caseNumber);
        ahcScreen(caseNumber);

        String teamJson = body(get("/fhir/CareTeam/{id}", caseNumber), "cora");
        R4Validation.assertValid(teamJson);
        CareTeam team = fhir.newJsonParser().parseResource(CareTeam.class, teamJson);
        assertThat(team.getStatus()).isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
        assertThat(team.getSubject().getReference()).isEqualTo(patient);
        assertThat(team.getParticipant()).extracting(p -> p.getRoleFirstRep().getCodingFirstRep().getCode() + ": "
                + p.getMember().getDisplay()).contains("coordinator: Cora Lindqvist", "supervisor: Sam Reyes",
                "team: Team North", "provider: Northside Home Care");
        assertThat(team.getParticipant()).extracting(p -> p.getMember().getReference())
                .contains("Organization/" + arranged.providerId("Northside Home Care"));

        String planJson = body(get("/fhir/CarePlan/{id}", caseNumber), "cora");
        R4Validation.assertValid(planJson);
        CarePlan plan = fhir.newJsonParser().parseResource(CarePlan.class, planJson);
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(plan.getGoal()).extracting(g -> g.getReference() + " " + g.getDisplay())
                .containsExactly("Goal/" + caseNumber + "-goal-1 " + GOAL);
        assertThat(plan.getActivity()).extracting(a -> a.getReference().getReference())
                .containsExactly("ServiceRequest/" + referral.getId());
        assertThat(plan.getAddresses()).extracting(a -> a.getReference())
                .contains("Condition/" + caseNumber + "-concern", "Condition/" + caseNumber + "-sdoh-transportation");
        assertThat(plan.getMeta().getLastUpdated()).isNotNull();

        String goalJson = body(get("/fhir/Goal/{id}", caseNumber + "-goal-1"), "cora");
        R4Validation.assertValid(goalJson);
        Goal goal = fhir.newJsonParser().parseResource(Goal.class, goalJson);
        assertThat(goal.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.ACTIVE);
        assertThat(goal.getDescription().getText()).isEqualTo(GOAL);

        String concernJson = body(get("/fhir/Condition/{id}", caseNumber + "-concern"), "cora");
        R4Validation.assertValid(concernJson);
        Condition concern = fhir.newJsonParser().parseResource(Condition.class, concernJson);
        assertThat(concern.getCode().getText()).isEqualTo("Dementia or Alzheimer's disease");
        assertThat(codes(concern.getCategoryFirstRep().getCoding())).containsExactly("health-concern");

        String transportJson = body(get("/fhir/Condition/{id}", caseNumber + "-sdoh-transportation"), "cora");
        R4Validation.assertValid(transportJson);
        Condition transport = fhir.newJsonParser().parseResource(Condition.class, transportJson);
        assertThat(transport.getCategory()).flatExtracting(c -> codes(c.getCoding()))
                .containsExactly("health-concern", "sdoh", "transportation-insecurity");
        assertThat(transport.getEvidenceFirstRep().getDetailFirstRep().getReference()).startsWith("Observation/");

        String conditions = body(get("/fhir/Condition").param("patient", patient), "cora");
        R4Validation.assertValid(conditions);
        assertThat(ids(conditions)).containsExactlyInAnyOrder(caseNumber + "-concern",
                caseNumber + "-sdoh-housing-instability", caseNumber + "-sdoh-housing-quality",
                caseNumber + "-sdoh-transportation");

        String consentsJson = body(get("/fhir/Consent").param("patient", patient).param("status", "active"), "cora");
        R4Validation.assertValid(consentsJson);
        Consent consent = (Consent) bundle(consentsJson).getEntryFirstRep().getResource();
        assertThat(bundle(consentsJson).getEntry()).hasSize(1);
        assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(consent.getPolicyRule().getCodingFirstRep().getCode()).isEqualTo("OPTIN");
        assertThat(consent.getProvision().getActorFirstRep().getReference().getDisplay())
                .isEqualTo("Any provider the coordinator arranges a service with");
        assertThat(consent.getProvision().getPeriod().getStartElement().getValueAsString())
                .isEqualTo(LocalDate.now().toString());
        R4Validation.assertValid(body(get("/fhir/Consent/{id}", consent.getIdElement().getIdPart()), "cora"));
        assertThat(ids(body(get("/fhir/Consent").param("patient", patient).param("status", "inactive"), "cora")))
                .isEmpty();

        assertThat(auditLog.newestOfCase(caseNumber, 30)).filteredOn(e -> e.getAction() == AuditAction.VIEW_RECORD)
                .extracting(AuditEvent::getResource).contains("FHIR CareTeam/" + caseNumber,
                        "FHIR CarePlan/" + caseNumber, "FHIR Goal/" + caseNumber + "-goal-1",
                        "FHIR Condition/" + caseNumber + "-concern",
                        "FHIR Consent/" + consent.getIdElement().getIdPart());
    }

    @Test
    void aClosedCasesPlanTeamAndGoalsSayHowItEnded() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        String patient = patientOf(caseNumber);
        jdbc.update("update care_case set stage = 'CLOSED', closed_at = current_timestamp, closure_reason = ?"
                + " where case_number = ?", "MOVED_AWAY", caseNumber);

        CarePlan plan = read(get("/fhir/CarePlan/{id}", caseNumber).with(httpBasic("cora", "demo")),
                status().isOk(), CarePlan.class);
        assertThat(plan.getStatus()).as("closed before its goals were met").isEqualTo(CarePlan.CarePlanStatus.REVOKED);
        assertThat(plan.getPeriod().getEnd()).isNotNull();
        assertThat(read(get("/fhir/Goal/{id}", caseNumber + "-goal-1").with(httpBasic("cora", "demo")),
                status().isOk(), Goal.class).getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.CANCELLED);
        assertThat(read(get("/fhir/CareTeam/{id}", caseNumber).with(httpBasic("cora", "demo")), status().isOk(),
                CareTeam.class).getStatus()).isEqualTo(CareTeam.CareTeamStatus.INACTIVE);
        assertThat(ids(body(get("/fhir/CarePlan").param("patient", patient).param("status", "revoked"), "cora")))
                .containsExactly(caseNumber);
        assertThat(ids(body(get("/fhir/CarePlan").param("patient", patient).param("status", "active"), "cora")))
                .isEmpty();
        assertThat(ids(body(get("/fhir/CareTeam").param("patient", patient).param("status", "inactive"), "cora")))
                .containsExactly(caseNumber);
        assertThat(ids(body(get("/fhir/Goal").param("patient", patient).param("lifecycle-status", "cancelled"),
                "cora"))).containsExactly(caseNumber + "-goal-1");

        jdbc.update("update care_case set closure_reason = 'GOALS_MET' where case_number = ?", caseNumber);
        assertThat(read(get("/fhir/CarePlan/{id}", caseNumber).with(httpBasic("cora", "demo")), status().isOk(),
                CarePlan.class).getStatus()).isEqualTo(CarePlan.CarePlanStatus.COMPLETED);
        read(get("/fhir/CarePlan").param("status", "finished").with(httpBasic("cora", "demo")),
                status().isBadRequest(), OperationOutcome.class);
    }

    @Test
    void anotherTeamsCaseIsNotFoundAndNeverListed() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        String patient = patientOf(caseNumber);
        String consentId = bundle(body(get("/fhir/Consent").param("patient", patient), "cora")).getEntryFirstRep()
                .getResource().getIdElement().getIdPart();
        for (String path : List.of("CareTeam/" + caseNumber, "CarePlan/" + caseNumber, "Goal/" + caseNumber
                + "-goal-1", "Condition/" + caseNumber + "-concern", "Consent/" + consentId)) {
            OperationOutcome outcome = read(get("/fhir/" + path).with(httpBasic("dana", "demo")),
                    status().isNotFound(), OperationOutcome.class);
            assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo("There is no "
                    + path.replace('/', ' ') + ", or it is not one you may see.");
        }
        for (String type : List.of("CareTeam", "CarePlan", "Goal", "Condition", "Consent")) {
            assertThat(ids(body(get("/fhir/" + type).param("patient", patient), "dana"))).as(type).isEmpty();
        }
        // nor the provider serving the client: its system reads its referrals, nothing else of the case
        String token = arranged.token(arranged.providerId("Northside Home Care"));
        read(get("/fhir/CarePlan/{id}", caseNumber).header("Authorization", "Bearer " + token),
                status().isNotFound(), OperationOutcome.class);
        read(get("/fhir/Consent/{id}", consentId).header("Authorization", "Bearer " + token),
                status().isNotFound(), OperationOutcome.class);
        assertThat(read(get("/fhir/Condition").param("patient", patient).header("Authorization", "Bearer " + token),
                status().isOk(), Bundle.class).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsTheNewTypesTheirSearchesAndIncludes() throws Exception {
        org.hl7.fhir.r4.model.CapabilityStatement statement = read(get("/fhir/metadata"), status().isOk(),
                org.hl7.fhir.r4.model.CapabilityStatement.class);
        var resources = statement.getRestFirstRep().getResource();
        assertThat(resources).extracting(r -> r.getType())
                .contains("CareTeam", "CarePlan", "Goal", "Condition", "Consent");
        var carePlan = resources.stream().filter(r -> r.getType().equals("CarePlan")).findFirst().orElseThrow();
        assertThat(carePlan.getSearchParam()).extracting(p -> p.getName())
                .contains("patient", "status", "_lastUpdated");
        assertThat(carePlan.getSearchInclude()).extracting(i -> i.getValue())
                .containsExactly("CarePlan:activity-reference", "CarePlan:goal");
        var task = resources.stream().filter(r -> r.getType().equals("Task")).findFirst().orElseThrow();
        assertThat(task.getSearchInclude()).extracting(i -> i.getValue()).containsExactly("Task:focus");
    }

    @Test
    void includedResourcesFollowTheMatchesMarkedAsIncluded() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        String patient = patientOf(caseNumber);

        Bundle episodes = bundle(body(get("/fhir/EpisodeOfCare").param("patient", patient)
                .param("_include", "EpisodeOfCare:patient"), "cora"));
        assertThat(modes(episodes)).containsExactly("match EpisodeOfCare/" + caseNumber, "include " + patient);
        assertThat(episodes.getLink("self").getUrl()).contains("_include=EpisodeOfCare:patient");

        String tasks = body(get("/fhir/Task").param("patient", patient).param("_include", "Task:focus"), "cora");
        R4Validation.assertValid(tasks);
        assertThat(modes(bundle(tasks))).containsExactly("match Task/" + referral.getId(),
                "include ServiceRequest/" + referral.getId());

        String plans = body(get("/fhir/CarePlan").param("patient", patient)
                .param("_include", "CarePlan:activity-reference").param("_include", "CarePlan:goal"), "cora");
        R4Validation.assertValid(plans);
        assertThat(modes(bundle(plans))).containsExactly("match CarePlan/" + caseNumber,
                "include ServiceRequest/" + referral.getId(), "include Goal/" + caseNumber + "-goal-1");

        Bundle unknown = bundle(body(get("/fhir/CarePlan").param("patient", patient)
                .param("_include", "CarePlan:author"), "cora"));
        assertThat(modes(unknown)).as("an include this server does not offer is ignored")
                .containsExactly("match CarePlan/" + caseNumber);
        assertThat(unknown.getLink("self").getUrl()).doesNotContain("_include");
    }

    @Test
    void substanceUseInformationNeverLeavesAsAConditionOrAConsent() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        String patient = patientOf(caseNumber);
        jdbc.update("update client set primary_concern = 'SUBSTANCE_USE' where id = ?", FhirIds.clientId(patient));
        long part2 = cases.as("cora", () -> {
            ConsentRequest request = new ConsentRequest();
            request.setPurpose(ConsentPurpose.SUBSTANCE_USE_DISCLOSURE);
            request.setRecipient("Northside Home Care");
            request.setGivenOn(LocalDate.now());
            return consentService.record(caseNumber, request).id();
        });

        read(get("/fhir/Condition/{id}", caseNumber + "-concern").with(httpBasic("cora", "demo")),
                status().isNotFound(), OperationOutcome.class);
        assertThat(ids(body(get("/fhir/Condition").param("patient", patient), "cora"))).isEmpty();
        assertThat(read(get("/fhir/CarePlan/{id}", caseNumber).with(httpBasic("cora", "demo")), status().isOk(),
                CarePlan.class).getAddresses()).isEmpty();
        read(get("/fhir/Consent/{id}", part2).with(httpBasic("cora", "demo")), status().isNotFound(),
                OperationOutcome.class);
        String consents = body(get("/fhir/Consent").param("patient", patient).param("_count", "100"), "cora");
        assertThat(ids(consents)).hasSize(1).doesNotContain(String.valueOf(part2));
        assertThat(body(get("/fhir/Consent").param("patient", patient), "cora")).doesNotContain("42CFRPart2");

        // where the rule lets one leave, it says what it is: a 42 CFR Part 2 consent for substance-use information
        String described = transactions.execute(status -> fhir.newJsonParser().encodeResourceToString(
                consentResources.of(entityManagerFind(part2))));
        R4Validation.assertValid(described);
        Consent consent = fhir.newJsonParser().parseResource(Consent.class, described);
        assertThat(consent.getPolicyRule().getCodingFirstRep().getCode()).isEqualTo("42CFRPart2");
        assertThat(codes(consent.getProvision().getSecurityLabel())).containsExactly("ETH");
        assertThat(consent.getProvision().getActorFirstRep().getReference().getReference())
                .isEqualTo("Organization/" + arranged.providerId("Northside Home Care"));

        // a referral to a substance-use program is named neither as the plan's activity nor as a team member
        jdbc.update("update provider_referral set service_type = 'SUBSTANCE_USE_PROGRAM' where id = ?",
                referral.getId());
        Bundle plans = bundle(body(get("/fhir/CarePlan").param("patient", patient)
                .param("_include", "CarePlan:activity-reference"), "cora"));
        assertThat(modes(plans)).containsExactly("match CarePlan/" + caseNumber);
        assertThat(((CarePlan) plans.getEntryFirstRep().getResource()).getActivity()).isEmpty();
        assertThat(read(get("/fhir/CareTeam/{id}", caseNumber).with(httpBasic("cora", "demo")), status().isOk(),
                CareTeam.class).getParticipant()).extracting(p -> p.getMember().getDisplay())
                .doesNotContain("Northside Home Care");
        // nor served as a Task or ServiceRequest to staff; the provider it was sent to still reads it
        read(get("/fhir/ServiceRequest/{id}", referral.getId()).with(httpBasic("cora", "demo")),
                status().isNotFound(), OperationOutcome.class);
        assertThat(ids(body(get("/fhir/Task").param("patient", patient), "cora"))).isEmpty();
        String token = arranged.token(arranged.providerId("Northside Home Care"));
        read(get("/fhir/Task/{id}", referral.getId()).header("Authorization", "Bearer " + token), status().isOk(),
                org.hl7.fhir.r4.model.Task.class);

        // nor a home-care referral that carried Part 2 information under the client's consent: its notice alone
        // says the client has such records
        ProviderReferral withNotice = arranged.accepted("Northside Home Care");
        String noticePatient = patientOf(arranged.caseNumberOf(withNotice));
        assertThat(ids(body(get("/fhir/ServiceRequest").param("patient", noticePatient), "cora")))
                .as("served before the notice").contains(String.valueOf(withNotice.getId()));
        jdbc.update("update provider_referral set redisclosure_notice = ? where id = ?",
                "42 CFR part 2 prohibits unauthorized disclosure of these records.", withNotice.getId());
        read(get("/fhir/ServiceRequest/{id}", withNotice.getId()).with(httpBasic("cora", "demo")),
                status().isNotFound(), OperationOutcome.class);
        assertThat(ids(body(get("/fhir/ServiceRequest").param("patient", noticePatient), "cora"))).isEmpty();
        assertThat(ids(body(get("/fhir/Task").param("patient", noticePatient), "cora"))).isEmpty();
        read(get("/fhir/Task/{id}", withNotice.getId()).header("Authorization", "Bearer " + token), status().isOk(),
                org.hl7.fhir.r4.model.Task.class);
    }

    @Test
    void aStaffMemberWhoMustChangeTheirPasswordIsToldSoInWords() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        userStatus.requirePasswordChange("colin");
        try {
            OperationOutcome english = read(get("/fhir/CarePlan/{id}", caseNumber).with(httpBasic("colin", "demo")),
                    status().isForbidden(), OperationOutcome.class);
            assertThat(english.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
            assertThat(english.getIssueFirstRep().getDiagnostics())
                    .isEqualTo("Change your temporary password at /account/password first.");
            OperationOutcome spanish = read(get("/fhir/Patient").header("Accept-Language", "es")
                    .with(httpBasic("colin", "demo")), status().isForbidden(), OperationOutcome.class);
            assertThat(spanish.getIssueFirstRep().getDiagnostics())
                    .isEqualTo("Primero cambie su contraseña temporal en /account/password.");
            assertThat(auditLog.newestOfCase(caseNumber, 30)).extracting(AuditEvent::getActor).doesNotContain("colin");
        } finally {
            userStatus.passwordChanged("colin");
        }
        read(get("/fhir/CarePlan/{id}", caseNumber).with(httpBasic("colin", "demo")), status().isOk(),
                CarePlan.class);
    }

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private org.casecoordination.consent.Consent entityManagerFind(long id) {
        return entityManager.find(org.casecoordination.consent.Consent.class, id);
    }

    private void ahcScreen(String caseNumber) {
        cases.as("cora", () -> {
            try {
                return assessments.record(caseNumber, "AHCHRSN", new ObjectMapper().readTree(AHC), null, "cora");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String patientOf(String caseNumber) throws Exception {
        return read(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")), status().isOk(),
                EpisodeOfCare.class).getPatient().getReference();
    }

    private static List<String> codes(List<Coding> codings) {
        return codings.stream().map(Coding::getCode).toList();
    }

    private static List<String> modes(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getSearch().getMode().toCode() + " "
                + e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart()).toList();
    }

    private Bundle bundle(String json) {
        return fhir.newJsonParser().parseResource(Bundle.class, json);
    }

    private List<String> ids(String bundleJson) {
        return bundle(bundleJson).getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private <T extends Resource> T read(MockHttpServletRequestBuilder request, ResultMatcher expected, Class<T> type)
            throws Exception {
        String body = mvc.perform(request).andExpect(expected)
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/fhir+json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return fhir.newJsonParser().parseResource(type, body);
    }
}
