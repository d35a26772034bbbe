package org.casecoordination.processes.deployment;

import org.casecoordination.processes.migration.MigrationRejectedException;
import org.casecoordination.processes.migration.ProcessMigrations;
import org.casecoordination.processes.migration.MigrationBatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.security.AsApplication;
import org.casecoordination.tasklist.readmodel.TaskListMaintenance;
import org.casecoordination.tasklist.readmodel.TaskListRow;
import org.casecoordination.tasklist.readmodel.TaskListTable;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.casecoordination.processes.CaseLifecycleProcess;

/** Running cases move to a new version of the case process and carry on there. */
@ApplicationTest
class ProcessMigrationTests {

    static final String KEY = CaseLifecycleProcess.PROCESS_KEY;
    static final String OLD_INTAKE_NAME = "Contact client and complete intake";
    static final String NEW_INTAKE_NAME = "Call the client and complete intake";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessResourceValidator validator;
    @Autowired
    AsApplication asApplication;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessMigrations migrations;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseTimeline timeline;
    @Autowired
    MockMvc mvc;
    @Autowired
    ManagementService managementService;
    @Autowired
    MigrationBatches batches;
    @Autowired
    TaskListMaintenance taskListMaintenance;
    @Autowired
    TaskListTable taskListTable;

    @TempDir
    Path copy;

    String caseNumber;
    String secondCase;
    int from;
    int to;

    /** Other test classes share this engine and expect the repository's forms in the latest version. */
    @org.junit.jupiter.api.AfterEach
    void latestVersionIsTheRepositorysAgain() {
        RepositoryFiles.redeploy(repositoryService, validator, asApplication, jdbc);
    }

    /**
     * A case waiting at intake on the current version, then a new version in which the intake task has a new name
     * (a copy of the repository's files, changed in a temporary folder).
     */
    @BeforeEach
    void caseOnAnOlderVersion() throws IOException {
        caseNumber = cases.open("team-north");
        secondCase = cases.open("team-north");
        from = versionOf(caseNumber);
        RepositoryFiles.copyTo(copy);
        var deployments = new ProcessDeployments(repositoryService, validator, asApplication, jdbc,
                new ProcessFolders(copy.toUri().toString()));
        String diagram = Files.readString(copy.resolve("processes/case-lifecycle.bpmn"));
        assertThat(diagram).contains(OLD_INTAKE_NAME);
        byte[] renamed = diagram.replace("id=\"Task_Intake\" name=\"" + OLD_INTAKE_NAME + "\"",
                "id=\"Task_Intake\" name=\"" + NEW_INTAKE_NAME + "\"").getBytes(StandardCharsets.UTF_8);
        to = deployments.upload(Map.of("processes/case-lifecycle.bpmn", renamed), "ana").deployment()
                .getDeployedProcessDefinitions().stream().filter(d -> d.getKey().equals(KEY)).findFirst()
                .orElseThrow().getVersion();
        assertThat(to).isGreaterThan(from);
    }

    @Test
    void theBatchMovesTheCaseAndItsTimelineSaysWhoMovedItOnce() {
        Map<String, String> proposal = proposal();
        assertThat(proposal).containsEntry("Task_Intake", "Task_Intake").containsEntry("Task_FollowUp", "Task_FollowUp");

        String batchId = asAna(() -> migrations.migrate(KEY, from, to, proposal, List.of(caseNumber), "ana"));

        assertThat(versionOf(caseNumber)).as("nothing moves until the batch's jobs run").isEqualTo(from);
        assertThat(progress(batchId).waiting()).containsExactly(caseNumber);
        runBatch(batchId);
        assertThat(versionOf(caseNumber)).isEqualTo(to);
        assertThat(migrationLines()).as("recorded by the check, not by the job").isEmpty();

        assertThat(batches.recordMovedCases()).isEqualTo(1);
        assertThat(batches.recordMovedCases()).as("a second check (another node) records nothing").isZero();

        assertThat(migrationLines()).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("ana");
            assertThat(entry.getSummary()).contains("version " + from).contains("version " + to);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_number = ? and actor = 'ana'"
                + " and action = 'CHANGE_RECORD' and resource like 'process migration%'", Integer.class, caseNumber))
                .isEqualTo(1);
        assertThat(progress(batchId)).satisfies(done -> {
            assertThat(done.isDone()).isTrue();
            assertThat(done.moved()).isEqualTo(1);
            assertThat(done.engineDone()).isTrue();
            assertThat(done.startedBy()).isEqualTo("ana");
        });
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, CaseLifecycleProcess.TASK_ASSESSMENT, FormAnswers.assessment());
        assertThat(cases.tasks(caseNumber, CaseLifecycleProcess.TASK_PLAN_SERVICES)).singleElement()
                .satisfies(task -> assertThat(task.getProcessDefinitionId()).isEqualTo(definitionId(to)));
    }

    @Test
    void aRenamedTaskShowsItsNewNameOnTheTaskListOnceTheCaseMoved() throws Exception {
        Task intake = cases.task(caseNumber, "Task_Intake");
        assertThat(taskListRow(intake.getId()).taskName()).isEqualTo(OLD_INTAKE_NAME);

        String batchId = asAna(() -> migrations.migrate(KEY, from, to, proposal(), List.of(caseNumber), "ana"));
        runBatch(batchId);
        assertThat(cases.task(caseNumber, "Task_Intake").getName()).as("the engine keeps the old name")
                .isEqualTo(OLD_INTAKE_NAME);
        batches.recordMovedCases();

        assertThat(cases.task(caseNumber, "Task_Intake").getName()).isEqualTo(NEW_INTAKE_NAME);
        assertThat(taskListRow(intake.getId()).taskName()).isEqualTo(NEW_INTAKE_NAME);
        // what /admin/task-list checks, for this task (other test classes may leave rows out of step on purpose)
        var report = taskListMaintenance.check();
        assertThat(report.missing()).doesNotContain(intake.getId());
        assertThat(report.extra()).doesNotContain(intake.getId());
        assertThat(report.different()).doesNotContainKey(intake.getId());
        String tasksPage = mvc.perform(get("/tasks").param("view", "team").param("q", caseNumber)
                .with(Users.cora())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tasksPage).contains(NEW_INTAKE_NAME).doesNotContain(OLD_INTAKE_NAME);
    }

    @Test
    void aCaseThatMovedOnBeforeItsJobRanIsShownAsFailedAndCanBeRetried() throws Exception {
        String other = secondCase;
        Map<String, String> mapping = new LinkedHashMap<>(proposal());
        mapping.put(CaseLifecycleProcess.TASK_ASSESSMENT, null);
        String batchId = asAna(() -> migrations.migrate(KEY, from, to, mapping, List.of(caseNumber, other), "ana"));
        cases.completeIntake("cora", other); // now waiting at the assessment, which the plan leaves unmapped

        runBatch(batchId);
        batches.recordMovedCases();

        assertThat(versionOf(caseNumber)).isEqualTo(to);
        assertThat(versionOf(other)).isEqualTo(from);
        MigrationBatches.Progress progress = progress(batchId);
        assertThat(progress.moved()).isEqualTo(1);
        assertThat(progress.isDone()).isFalse();
        assertThat(progress.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.caseNumber()).isEqualTo(other);
            assertThat(failed.message()).contains(CaseLifecycleProcess.TASK_ASSESSMENT);
        });
        var page = Jsoup.parse(mvc.perform(get("/processes/" + KEY).with(ana())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#migration-" + batchId + " .failed-cases").text()).contains(other);
        assertThat(page.select("#migration-" + batchId + " .migration-state").text()).contains("1 of 2 moved")
                .contains("1 failed");

        // an administrator puts the case back where the plan can take it; then the analyst retries
        String assessment = runtimeService.getActivityInstance(instanceOf(other))
                .getActivityInstances(CaseLifecycleProcess.TASK_ASSESSMENT)[0].getId();
        runtimeService.createProcessInstanceModification(instanceOf(other)).startBeforeActivity("Task_Intake")
                .cancelActivityInstance(assessment).execute();
        mvc.perform(post("/processes/" + KEY + "/migrations/" + batchId + "/retry").with(ana()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        runBatch(batchId);
        assertThat(batches.recordMovedCases()).isEqualTo(1);

        assertThat(versionOf(other)).isEqualTo(to);
        assertThat(progress(batchId)).satisfies(done -> {
            assertThat(done.isDone()).isTrue();
            assertThat(done.moved()).isEqualTo(2);
            assertThat(done.failed()).isEmpty();
        });
    }

    @Test
    void aCaseWaitingInAnUnmappedActivityIsReportedAndNothingMoves() {
        Map<String, String> mapping = new LinkedHashMap<>(proposal());
        mapping.put("Task_Intake", null);

        assertThat(migrations.check(KEY, from, to, mapping, List.of(caseNumber))).singleElement()
                .satisfies(check -> {
                    assertThat(check.migratable()).isFalse();
                    assertThat(check.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Task_Intake"));
                });
        assertThat(versionOf(caseNumber)).isEqualTo(from);

        long batchesBefore = managementService.createBatchQuery().count();
        assertThatThrownBy(() -> asAna(() -> migrations.migrate(KEY, from, to, mapping, List.of(caseNumber), "ana")))
                .isInstanceOfSatisfying(MigrationRejectedException.class, e -> assertThat(e.reasons())
                        .singleElement().satisfies(reason -> assertThat(reason).startsWith("Case " + caseNumber)
                                .contains("Task_Intake")));
        assertThat(managementService.createBatchQuery().count()).isEqualTo(batchesBefore);
        assertThat(versionOf(caseNumber)).isEqualTo(from);
    }

    @Test
    void theMigrationPageShowsCaseNumbersAndChecksThem() throws Exception {
        var ana = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("ana").authorities(() -> "GROUP_analysts");
        var page = Jsoup.parse(mvc.perform(get("/processes/" + KEY + "/migration").param("from", "" + from)
                .param("to", "" + to).with(ana)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#running-cases label").eachText()).contains(caseNumber);
        assertThat(page.select("#map-Task_Intake option[selected]").attr("value")).isEqualTo("Task_Intake");

        var checked = Jsoup.parse(mvc.perform(post("/processes/" + KEY + "/migration").param("from", "" + from)
                .param("to", "" + to).param("cases", caseNumber).param("action", "check")
                .param("map.Task_Intake", "").param("map.SubProcess_CaseWork", "SubProcess_CaseWork")
                .with(ana).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(checked.select("#migration-check tbody tr").text()).contains(caseNumber).contains("No");
        assertThat(versionOf(caseNumber)).isEqualTo(from);

        mvc.perform(get("/processes/" + KEY + "/migration").param("from", "" + from).param("to", "" + to)
                .with(Users.cora())).andExpect(status().isForbidden());
    }

    private Map<String, String> proposal() {
        Map<String, String> mapping = new LinkedHashMap<>();
        migrations.proposal(KEY, from, to).forEach(m -> mapping.put(m.sourceId(), m.targetId()));
        return mapping;
    }

    private <T> T asAna(java.util.function.Supplier<T> work) {
        return RunAs.user("ana", List.of("analysts"), work);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor ana() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("ana").authorities(() -> "GROUP_analysts");
    }

    /**
     * What the job executor does on some node: the seed job, each migration job (until out of retries),
     * the monitor.
     */
    private void runBatch(String batchId) {
        Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        executeJobs(batch.getSeedJobDefinitionId());
        executeJobs(batch.getBatchJobDefinitionId());
        executeJobs(batch.getMonitorJobDefinitionId());
    }

    private void executeJobs(String jobDefinitionId) {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Job> due = managementService.createJobQuery().jobDefinitionId(jobDefinitionId).withRetriesLeft()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // counted down by the engine like any failed job; shown on the versions page once out of retries
                }
            }
        }
    }

    private MigrationBatches.Progress progress(String batchId) {
        return batches.of(KEY).stream().filter(p -> p.batchId().equals(batchId)).findFirst().orElseThrow();
    }

    private List<TimelineEntry> migrationLines() {
        return timeline.of(caseRepository.findByCaseNumber(caseNumber).orElseThrow()).stream()
                .filter(entry -> entry.getKind() == TimelineKind.PROCESS_MIGRATED).toList();
    }

    private TaskListRow taskListRow(String taskId) {
        return taskListTable.rowsOfInstances(List.of(cases.task(caseNumber, "Task_Intake").getProcessInstanceId()))
                .get(taskId);
    }

    private String instanceOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(KEY).singleResult().getId();
    }

    private int versionOf(String caseNumber) {
        String definitionId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getProcessDefinitionId();
        return repositoryService.getProcessDefinition(definitionId).getVersion();
    }

    private String definitionId(int version) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .processDefinitionVersion(version).singleResult().getId();
    }
}
