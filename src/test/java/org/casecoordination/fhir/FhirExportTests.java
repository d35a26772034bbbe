package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.casecoordination.arrangement.ArrangedCases;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.security.People;
import org.casecoordination.support.Cases;
import org.casecoordination.system.RequestsInFlight;
import org.casecoordination.system.Words;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A team's bulk export as a health plan's system runs it for a supervisor: kick-off, polling, the manifest, the
 * NDJSON files (each line valid R4), and what must never be in them; who may start and follow one; cancelling;
 * expiry; the audit trail; a job a stopped node left half-done, finished by another; and an export that gives way
 * to the pages while they are served and still finishes when they never stop.
 */
@ApplicationTest
class FhirExportTests {

    private static final RequestPostProcessor SAM = httpBasic("sam", "demo");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FhirValidator validator;

    @Autowired
    MockMvc mvc;
    @Autowired
    FhirTestCases fhirCases;
    @Autowired
    Cases cases;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExportJobs jobs;
    @Autowired
    ExportWork work;
    @Autowired
    ExportRunner runner;
    @Autowired
    RequestsInFlight requests;
    @Autowired
    ExportSources sources;
    @Autowired
    ExportProperties properties;
    @Autowired
    jakarta.persistence.EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Words words;
    @Autowired
    People people;

    @BeforeAll
    static void validator() {
        FhirContext r4 = FhirContext.forR4Cached();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(r4),
                new InMemoryTerminologyServerValidationSupport(r4), new CommonCodeSystemsTerminologyService(r4));
        validator = r4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    @Test
    void aSupervisorExportsTheTeamAndEveryLineIsValidR4() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Bea", "Bulk", "es");
        long client = jdbc.queryForObject("select client_id from care_case where case_number = ?", Long.class,
                caseNumber);
        String secondCase = fhirCases.open("cora", "team-north", "Bea", "Bulk2", "es");
        jdbc.update("update care_case set client_id = ? where case_number = ?", client, secondCase);
        AssessmentResult phq9 = record(caseNumber, "PHQ9", "[2,2,1,1,2,1,1,2,0]");
        String southCase = fhirCases.open("dana", "team-south", "Sol", "South", "en");
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        for (String contact : List.of("""
                {"relationship": "SELF", "name": "Bea Bulk", "phone": "(212) 555-0171", "consents": ["SMS"]}""",
                """
                {"relationship": "CAREGIVER", "name": "Ana Bulk", "phone": "(212) 555-0172", "consents": ["SMS"]}""")) {
            mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo"))
                    .contentType("application/json").content(contact))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        }

        String status = kickOff("/fhir/Group/team-north/$export", SAM);
        assertThat(status).contains("/fhir/$export-status/");
        JsonNode manifest = manifest(status, SAM);
        assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
        assertThat(manifest.get("request").asText()).endsWith("/fhir/Group/team-north/$export");
        assertThat(Instant.parse(manifest.get("transactionTime").asText())).isBefore(Instant.now());
        assertThat(manifest.get("error")).isEmpty();
        Map<String, List<Resource>> files = files(manifest, SAM);
        assertThat(files.keySet()).contains("Patient", "EpisodeOfCare", "Observation", "QuestionnaireResponse",
                "ServiceRequest", "Task", "CareTeam", "CarePlan");
        for (JsonNode output : manifest.get("output")) {
            assertThat(files.get(output.get("type").asText())).hasSize(output.get("count").asInt());
        }
        assertThat(ids(files, "EpisodeOfCare")).contains(caseNumber, secondCase, arranged.caseNumberOf(referral))
                .doesNotContain(southCase);
        assertThat(ids(files, "Observation")).contains(String.valueOf(phq9.getId()), phq9.getId() + "-9");
        assertThat(ids(files, "Task")).contains(String.valueOf(referral.getId()));
        assertThat(ids(files, "CareTeam")).as("each case's care team and plan").contains(caseNumber, secondCase);
        assertThat(files.get("RelatedPerson")).as("the caregiver, not the client held as their own contact")
                .extracting(r -> ((org.hl7.fhir.r4.model.RelatedPerson) r).getNameFirstRep().getText())
                .contains("Ana Bulk").doesNotContain("Bea Bulk");
        assertThat(ids(files, "CarePlan")).contains(caseNumber, secondCase);
        assertThat(ids(files, "Patient")).as("a client is one Patient however many cases")
                .contains(String.valueOf(client)).doesNotHaveDuplicates();
    }

    @Test
    void part2InformationIsNeverInAnExport() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Al", "Exported", "en");
        jdbc.update("update client set primary_concern = 'SUBSTANCE_USE' where id = (select client_id from care_case"
                + " where case_number = ?)", caseNumber);
        AssessmentResult audit = record(caseNumber, "AUDITC", "[3,3,3]");
        AssessmentResult gad7 = record(caseNumber, "GAD7", "[1,1,1,1,1,1,1]");
        ProviderReferral program = arranged.accepted("Northside Home Care");
        jdbc.update("update provider_referral set service_type = 'SUBSTANCE_USE_PROGRAM' where id = ?",
                program.getId());
        ProviderReferral withNotice = arranged.accepted("Northside Home Care");
        jdbc.update("update provider_referral set redisclosure_notice = ? where id = ?",
                "42 CFR part 2 prohibits unauthorized disclosure of these records.", withNotice.getId());

        JsonNode manifest = manifest(kickOff("/fhir/Group/team-north/$export", SAM), SAM);
        Map<String, List<Resource>> files = files(manifest, SAM);
        assertThat(ids(files, "Observation")).contains(String.valueOf(gad7.getId()))
                .doesNotContain(String.valueOf(audit.getId()), audit.getId() + "-1");
        assertThat(ids(files, "QuestionnaireResponse")).contains(String.valueOf(gad7.getId()))
                .doesNotContain(String.valueOf(audit.getId()));
        for (String type : List.of("ServiceRequest", "Task")) {
            assertThat(ids(files, type)).as(type).doesNotContain(String.valueOf(program.getId()),
                    String.valueOf(withNotice.getId()));
        }
        assertThat(ids(files, "Condition")).as("a substance-use concern is never a Condition in a file")
                .doesNotContain(caseNumber + "-concern");
        String everything = String.join("\n", raw(manifest, SAM).values());
        assertThat(everything).doesNotContain("AUDIT-C").doesNotContain("72109-2").doesNotContain("42 CFR")
                .doesNotContain("substance-use-program");
    }

    @Test
    void typeAndSinceChooseWhatIsExported() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Tim", "Since", "en");
        AssessmentResult before = record(caseNumber, "GAD7", "[0,0,0,0,0,0,0]");
        Thread.sleep(5);
        Instant since = Instant.now();
        Thread.sleep(5);
        AssessmentResult after = record(caseNumber, "PHQ9", "[0,0,0,0,0,0,0,0,0]");

        // as curl sends them unencoded: "+" in the offset and the media type reads as a space
        JsonNode manifest = manifest(kickOff(get("/fhir/Group/team-north/$export")
                .param("_type", "Observation,EpisodeOfCare").param("_since", since.atOffset(java.time.ZoneOffset
                        .ofHours(2)).toString().replace('+', ' ')).param("_outputFormat", "application/fhir ndjson"),
                SAM), SAM);
        Map<String, List<Resource>> files = files(manifest, SAM);
        assertThat(files.keySet()).containsOnly("Observation", "EpisodeOfCare");
        assertThat(ids(files, "Observation")).contains(String.valueOf(after.getId()))
                .doesNotContain(String.valueOf(before.getId()));
        assertThat(ids(files, "EpisodeOfCare")).as("a case keeps no change time: always sent").contains(caseNumber);
    }

    @Test
    void onlyTheTeamsSupervisorsMayExportAndBadRequestsAreRefused() throws Exception {
        RequestPostProcessor southSupervisor = user("sue").authorities(() -> "GROUP_supervisors",
                () -> "GROUP_team-south");
        refused("/fhir/Group/team-north/$export", httpBasic("cora", "demo"), 403,
                "Only the supervisors of Team North");
        refused("/fhir/Group/team-north/$export", southSupervisor, 403, "Only the supervisors of Team North");
        refused("/fhir/Group/team-east/$export", SAM, 404, "There is no team team-east");
        refused("/fhir/Group/team-north/$export?_type=Patient,Spaceship", SAM, 400, "cannot export Spaceship");
        refused("/fhir/Group/team-north/$export?_outputFormat=text/csv", SAM, 400, "not text/csv");
        refused("/fhir/Group/team-north/$export?_since=yesterday", SAM, 400, "not yesterday");
        OperationOutcome noPrefer = outcome(mvc.perform(get("/fhir/Group/team-north/$export").with(SAM))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(noPrefer.getIssueFirstRep().getDiagnostics()).contains("Prefer: respond-async");
        OperationOutcome spanish = outcome(mvc.perform(get("/fhir/Group/team-north/$export").with(SAM)
                .header("Accept-Language", "es")).andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(spanish.getIssueFirstRep().getDiagnostics()).contains("envíe el encabezado");

        String status = kickOff("/fhir/Group/team-north/$export?_type=EpisodeOfCare", SAM);
        mvc.perform(get(path(status)).with(southSupervisor)).andExpect(status().isNotFound());
        mvc.perform(get(path(status)).with(httpBasic("cora", "demo"))).andExpect(status().isNotFound());
        mvc.perform(delete(path(status)).with(httpBasic("cora", "demo"))).andExpect(status().isNotFound());
        manifest(status, user("sue").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north"));
    }

    @Test
    void anAdministratorExportsOnlyTheCasesOfTheirEmergencyAccess() throws Exception {
        RequestPostProcessor admin = user("admin").authorities(() -> "GROUP_camunda-admin");
        // other tests in the same database left the administrator emergency accesses of their own: ended here
        jdbc.update("update emergency_access set expires_at = granted_at where user_id = 'admin' and expires_at > ?",
                java.sql.Timestamp.from(Instant.now()));
        String caseNumber = fhirCases.open("cora", "team-north", "Eme", "Rgency", "en");
        refused("/fhir/Group/team-north/$export", admin, 403, "Only the supervisors of Team North");
        mvc.perform(post("/cases/{n}/emergency-access", caseNumber).with(admin).with(csrf())
                .param("reason", "Hospital ER calls: client unconscious, needs medication list."))
                .andExpect(status().is3xxRedirection());
        Map<String, List<Resource>> files = files(manifest(kickOff("/fhir/Group/team-north/$export", admin), admin),
                admin);
        assertThat(ids(files, "EpisodeOfCare")).containsExactly(caseNumber);
    }

    @Test
    void theExportAndEachDownloadAreAudited() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Aud", "Ited", "en");
        String status = kickOff("/fhir/Group/team-north/$export?_type=EpisodeOfCare", SAM);
        String job = status.substring(status.lastIndexOf('/') + 1);
        files(manifest(status, SAM), SAM);
        List<AuditEvent> ofCase = auditLog.newestOfCase(caseNumber, 10);
        assertThat(ofCase).filteredOn(e -> e.getAction() == AuditAction.EXPORT)
                .extracting(AuditEvent::getActor, AuditEvent::getResource)
                .contains(Tuple.tuple("sam", "FHIR bulk export " + job + " of team-north"));
        List<String> rows = jdbc.queryForList("select resource from audit_event where action = 'EXPORT'"
                + " and actor = 'sam' and resource like ?", String.class, "%" + job + "%");
        assertThat(rows).anyMatch(r -> r.contains("requested: EpisodeOfCare"))
                .anyMatch(r -> r.contains("ready:") && r.contains("EpisodeOfCare"))
                .anyMatch(r -> r.contains("downloaded: EpisodeOfCare"));
    }

    @Test
    void deleteCancelsTheExportAndItsFilesAreGone() throws Exception {
        String status = kickOff("/fhir/Group/team-north/$export?_type=EpisodeOfCare", SAM);
        JsonNode manifest = manifest(status, SAM);
        String file = manifest.get("output").get(0).get("url").asText();
        String job = status.substring(status.lastIndexOf('/') + 1);
        assertThat(parts(job)).isPositive();
        mvc.perform(delete(path(status)).with(SAM)).andExpect(status().isAccepted());
        mvc.perform(get(path(status)).with(SAM)).andExpect(status().isNotFound());
        mvc.perform(get(path(file)).with(SAM)).andExpect(status().isNotFound());
        assertThat(parts(job)).isZero();
        mvc.perform(delete(path(status)).with(SAM)).andExpect(status().isNotFound());
    }

    @Test
    void anExpiredExportIsNotFoundAndTheCleanupDeletesIt() throws Exception {
        String status = kickOff("/fhir/Group/team-north/$export?_type=EpisodeOfCare", SAM);
        manifest(status, SAM);
        String job = status.substring(status.lastIndexOf('/') + 1);
        jdbc.update("update fhir_export_job set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), job);
        mvc.perform(get(path(status)).with(SAM)).andExpect(status().isNotFound());
        assertThat(runner.deleteExpired()).isPositive();
        assertThat(jobs.find(job)).isEmpty();
        assertThat(parts(job)).isZero();
    }

    @Test
    void aJobLeftRunningByAStoppedNodeIsTakenUpAndFinished() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Nod", "Gone", "en");
        String job = queued();
        // the node that claimed it stopped after writing a part: its claim ran out a minute ago
        jdbc.update("update fhir_export_job set state = 'RUNNING', attempts = 1, cases_done = 3,"
                + " claimed_until = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(60)), job);
        jobs.addPart(job, "EpisodeOfCare", 1, 1, "{\"resourceType\":\"EpisodeOfCare\",\"id\":\"stale\"}\n"
                .getBytes(StandardCharsets.UTF_8));

        runner.takeUpWaiting();
        Map<String, List<Resource>> files = files(manifest("/fhir/$export-status/" + job, SAM), SAM);
        assertThat(ids(files, "EpisodeOfCare")).contains(caseNumber).doesNotContain("stale");
    }

    @Test
    void aJobAnotherNodeIsWorkingOnIsLeftToItAndItsProgressShows() throws Exception {
        String job = queued();
        jdbc.update("update fhir_export_job set state = 'RUNNING', claimed_until = ?, cases_done = 12,"
                + " cases_total = 40 where id = ?", Timestamp.from(Instant.now().plusSeconds(600)), job);
        work.run(job);
        assertThat(jobs.find(job).orElseThrow().state()).isEqualTo(ExportJob.State.RUNNING);
        assertThat(jobs.counts(job)).isEmpty();
        MockHttpServletResponse english = mvc.perform(get("/fhir/$export-status/{job}", job).with(SAM)).andReturn()
                .getResponse();
        assertThat(english.getStatus()).isEqualTo(202);
        assertThat(english.getHeader("X-Progress")).isEqualTo("12 of 40 cases");
        assertThat(mvc.perform(get("/fhir/$export-status/{job}", job).with(SAM).header("Accept-Language", "es"))
                .andReturn().getResponse().getHeader("X-Progress")).isEqualTo("12 de 40 casos");
        jobs.delete(job);
    }

    @Test
    void anExportWaitsWhileAPageIsServedAndGoesOnWhenItEnds() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Pau", "Page", "en");
        ExportWork patient = workGivingWay(Duration.ofMinutes(1), Duration.ofMillis(25));
        String job = queued();
        RequestsInFlight.Request page = requests.begin();
        CompletableFuture<Void> run;
        try {
            run = CompletableFuture.runAsync(() -> patient.run(job));
            long until = System.currentTimeMillis() + 30_000;
            while (jobs.find(job).orElseThrow().casesTotal() == null) {
                assertThat(System.currentTimeMillis()).as("the export started").isLessThan(until);
                Thread.sleep(20);
            }
            Thread.sleep(300);
            ExportJob waiting = jobs.find(job).orElseThrow();
            assertThat(waiting.state()).isEqualTo(ExportJob.State.RUNNING);
            assertThat(waiting.casesDone()).as("no case built while the page is served").isZero();
            assertThat(parts(job)).isZero();
        } finally {
            page.close();
        }
        run.get(60, TimeUnit.SECONDS);
        Map<String, List<Resource>> files = files(manifest("/fhir/$export-status/" + job, SAM), SAM);
        assertThat(ids(files, "EpisodeOfCare")).contains(caseNumber);
        jobs.delete(job);
    }

    @Test
    void anExportFinishesWhileTheNodeIsNeverIdle() throws Exception {
        String caseNumber = fhirCases.open("cora", "team-north", "Ste", "Ady", "en");
        ExportWork steady = workGivingWay(Duration.ofMillis(100), Duration.ofMillis(25));
        String job = queued();
        long start = System.nanoTime();
        try (RequestsInFlight.Request alwaysOne = requests.begin()) {
            steady.run(job);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it gave way before its first step")
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(jobs.find(job).orElseThrow().state()).isEqualTo(ExportJob.State.DONE);
        Map<String, List<Resource>> files = files(manifest("/fhir/$export-status/" + job, SAM), SAM);
        assertThat(ids(files, "EpisodeOfCare")).contains(caseNumber);
        jobs.delete(job);
    }

    @Test
    void anotherExportOfTheSameTeamWaitsUntilTheFirstIsReady() throws Exception {
        String job = queued("team-south");
        jdbc.update("update fhir_export_job set state = 'RUNNING', claimed_until = ? where id = ?",
                Timestamp.from(Instant.now().plusSeconds(600)), job);
        refused("/fhir/Group/team-south/$export", SAM, 429, "You already have an export of Team South under way");
        jobs.delete(job);
        manifest(kickOff("/fhir/Group/team-south/$export?_type=EpisodeOfCare", SAM), SAM);
    }

    @Test
    void aCaseThatCannotBeBuiltIsInTheErrorFileAndTheOthersAreExported() throws Exception {
        String caseNumber = fhirCases.open("dana", "team-south", "Err", "Orfile", "en");
        String job = queued("team-south");
        // a type whose builder fails for every case, as a broken builder would
        jdbc.update("update fhir_export_job set types = 'EpisodeOfCare,Broken' where id = ?", job);
        work.run(job);
        JsonNode manifest = manifest("/fhir/$export-status/" + job, SAM);
        assertThat(manifest.get("output")).isEmpty();
        JsonNode error = manifest.get("error").get(0);
        assertThat(error.get("type").asText()).isEqualTo("OperationOutcome");
        String lines = mvc.perform(get(path(error.get("url").asText())).with(SAM)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        OperationOutcome first = FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class,
                lines.lines().filter(l -> l.contains(caseNumber)).findFirst().orElseThrow());
        assertThat(first.getIssueFirstRep().getDiagnostics()).contains("Case " + caseNumber + " could not be exported");
        lines.lines().forEach(FhirExportTests::assertValid);
        jobs.delete(job);
    }

    @Test
    void anExportWhoseAttemptsAllFailedIsReportedAsFailed() throws Exception {
        String job = queued("team-south");
        jdbc.update("update fhir_export_job set state = 'FAILED', attempts = 3, failure = 'SQLException: gone',"
                + " expires_at = ? where id = ?", Timestamp.from(Instant.now().plusSeconds(600)), job);
        MockHttpServletResponse response = mvc.perform(get("/fhir/$export-status/{job}", job).with(SAM)
                .header("Accept-Language", "es")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("No se pudo generar")
                .doesNotContain("SQLException");
        jobs.delete(job);
    }

    @Test
    void theCapabilityStatementOffersTheExport() throws Exception {
        String body = mvc.perform(get("/fhir/metadata")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"name\":\"export\"")
                .contains("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export");
        assertValid(body);
    }

    // ---- helpers

    /** The export's work as the application makes it, but giving way as told. */
    private ExportWork workGivingWay(Duration yieldAtMost, Duration workAfterWaiting) {
        ExportProperties pace = new ExportProperties(properties.keepFor(), properties.claim(),
                properties.casesPerStep(), properties.attempts(), properties.checkInterval(),
                properties.cleanupInterval(), yieldAtMost, workAfterWaiting);
        return new ExportWork(jobs, sources, pace, entityManager, auditLog, FhirContext.forR4Cached(), transactions,
                words, people, new ExportPace(requests, pace));
    }

    private String queued() {
        return queued("team-north");
    }

    private String queued(String team) {
        String job = UUID.randomUUID().toString();
        jobs.add(new ExportJob(job, team, "sam", Instant.now(), "http://localhost/fhir/Group/team-north/$export",
                List.of("EpisodeOfCare"), null, null, ExportJob.State.QUEUED, 0, null, null, null));
        return job;
    }

    private int parts(String job) {
        return jdbc.queryForObject("select count(*) from fhir_export_part where job_id = ?", Integer.class, job);
    }

    private String kickOff(String url, RequestPostProcessor who) throws Exception {
        return kickOff(get(url), who);
    }

    private String kickOff(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(who).header("Prefer", "respond-async")
                .header("Accept", "application/fhir+json")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
        return response.getHeader("Content-Location");
    }

    /** Polls as a client does (202 with X-Progress and Retry-After) until the manifest is there. */
    private JsonNode manifest(String statusUrl, RequestPostProcessor who) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        while (true) {
            MockHttpServletResponse response = mvc.perform(get(path(statusUrl)).with(who)).andReturn().getResponse();
            if (response.getStatus() == 200) {
                return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            }
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
            assertThat(response.getHeader("X-Progress")).isNotBlank();
            assertThat(response.getHeader("Retry-After")).isEqualTo("5");
            assertThat(System.currentTimeMillis()).as("export finished in time").isLessThan(until);
            Thread.sleep(100);
        }
    }

    private Map<String, String> raw(JsonNode manifest, RequestPostProcessor who) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (JsonNode output : manifest.get("output")) {
            MockHttpServletResponse response = mvc.perform(get(path(output.get("url").asText())).with(who))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentType()).startsWith("application/fhir+ndjson");
            files.put(output.get("type").asText(), response.getContentAsString(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Every file, each line parsed strictly as R4 and validated like the read API's answers. */
    private Map<String, List<Resource>> files(JsonNode manifest, RequestPostProcessor who) throws Exception {
        Map<String, List<Resource>> files = new LinkedHashMap<>();
        var parser = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        for (Map.Entry<String, String> file : raw(manifest, who).entrySet()) {
            List<Resource> resources = new ArrayList<>();
            for (String line : file.getValue().split("\n")) {
                Resource resource = (Resource) parser.parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(file.getKey());
                assertValid(line);
                resources.add(resource);
            }
            files.put(file.getKey(), resources);
        }
        return files;
    }

    private static List<String> ids(Map<String, List<Resource>> files, String type) {
        return files.getOrDefault(type, List.of()).stream().map(r -> r.getIdElement().getIdPart()).toList();
    }

    private void refused(String url, RequestPostProcessor who, int status, String words) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(who).header("Prefer", "respond-async"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(status);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains(words);
    }

    private static OperationOutcome outcome(MockHttpServletResponse response) throws Exception {
        return FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class,
                response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/fhir/"));
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

    private static void assertValid(String json) {
        List<SingleValidationMessage> errors = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        assertThat(errors).as(json).extracting(m -> m.getLocationString() + ": " + m.getMessage()).isEmpty();
    }
}
