package org.casecoordination.tasklist.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAcuityChanged;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.closure.CaseClosureService;
import org.casecoordination.closure.EarlyClosureReason;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The read model follows every task event, in the engine's transaction, and matches what a rebuild would write. */
@ApplicationTest
class TaskListSyncTests {

    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseClosureService closure;
    @Autowired
    TaskListTable table;
    @Autowired
    EngineTaskRows engine;
    @Autowired
    TaskListMaintenance maintenance;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aNewCaseIsInItsTeamsQueueAndClaimUnclaimAndReassignMoveIt() {
        long northBefore = count("g:team-north");
        long colinBefore = count("u:colin");
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        assertThat(row(taskId).listKey()).isEqualTo("g:team-north");
        assertThat(row(taskId).stage()).isEqualTo(CaseStage.INTAKE);
        assertThat(row(taskId).clientName()).startsWith("Test Client");
        assertThat(count("g:team-north")).isEqualTo(northBefore + 1);
        assertMatchesEngine(caseNumber);

        taskService.claim(taskId, "colin");
        assertThat(row(taskId).listKey()).isEqualTo("u:colin");
        assertThat(count("g:team-north")).isEqualTo(northBefore);
        assertThat(count("u:colin")).isEqualTo(colinBefore + 1);
        assertMatchesEngine(caseNumber);

        taskService.setAssignee(taskId, "cora");
        assertThat(row(taskId).assignee()).isEqualTo("cora");
        assertThat(count("u:colin")).isEqualTo(colinBefore);
        assertMatchesEngine(caseNumber);

        taskService.setAssignee(taskId, null);
        assertThat(row(taskId).listKey()).isEqualTo("g:team-north");
        assertThat(count("g:team-north")).isEqualTo(northBefore + 1);
        assertMatchesEngine(caseNumber);
    }

    @Test
    void completingATaskRemovesItsRowAndTheNextTaskGoesToTheOwnerAtItsStage() {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();
        long coraBefore = count("u:cora");
        cases.completeIntake("cora", caseNumber);

        assertThat(table.listKeysOf(List.of(intake))).isEmpty();
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();
        assertThat(row(assessment).listKey()).isEqualTo("u:cora");
        assertThat(row(assessment).owner()).isEqualTo("cora");
        assertThat(row(assessment).stage()).isEqualTo(CaseStage.ASSESSMENT);
        assertThat(count("u:cora")).isEqualTo(coraBefore + 1);
        assertMatchesEngine(caseNumber);
    }

    @Test
    void priorityAndDueDateChangesShowOnTheRow() {
        String caseNumber = cases.open("team-south");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        Instant due = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        taskService.setPriority(taskId, 99);
        taskService.setDueDate(taskId, Date.from(due));
        assertThat(row(taskId).priority()).isEqualTo(99);
        assertThat(row(taskId).dueDate()).isEqualTo(due);

        var task = taskService.createTaskQuery().taskId(taskId).singleResult();
        task.setPriority(10);
        taskService.saveTask(task);
        assertThat(row(taskId).priority()).isEqualTo(10);
        assertMatchesEngine(caseNumber);
    }

    @Test
    void closingEarlyDeletesTheCancelledTasksRowsAndAddsTheClosureTask() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();
        long coraBefore = count("u:cora");

        cases.as("cora", () -> {
            closure.closeEarly(caseNumber, EarlyClosureReason.MOVED_AWAY, null);
            return null;
        });
        assertThat(table.listKeysOf(List.of(assessment))).isEmpty();
        String closeCase = cases.task(caseNumber, "Task_CloseCase").getId();
        assertThat(row(closeCase).stage()).isEqualTo(CaseStage.CLOSURE);
        assertThat(count("u:cora")).isEqualTo(coraBefore);
        assertMatchesEngine(caseNumber);
    }

    @Test
    void aFollowUpTaskCreatedByTheTimerIsOnTheList() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeEach("cora", caseNumber);
        assertThat(rowsOf(caseNumber)).isEmpty();

        String instanceId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
        // the follow-up timer (30 days) is due before the reassessment timer (180 days) the case also has
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).timers()
                .activityId("TimerEvent_FollowUpDue").singleResult().getId());
        String followUp = cases.task(caseNumber, "Task_FollowUp").getId();
        assertThat(row(followUp).stage()).isEqualTo(CaseStage.FOLLOW_UP);
        assertThat(row(followUp).listKey()).isEqualTo("u:cora");
        assertMatchesEngine(caseNumber);
    }

    @Test
    void aChangedAcuityShowsOnAllTheCasesRows() {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        transaction.executeWithoutResult(status -> {
            CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
            careCase.setAcuity(Acuity.HIGH);
            events.publishEvent(new CaseAcuityChanged(careCase.getId(), caseNumber, Acuity.HIGH));
        });
        assertThat(row(taskId).acuity()).isEqualTo(Acuity.HIGH);
        assertThat(row(taskId).acuityRank()).isEqualTo(3);
        assertMatchesEngine(caseNumber);
    }

    @Test
    void nothingIsWrittenWhenTheEnginesTransactionRollsBack() {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        long northBefore = count("g:team-north");
        transaction.executeWithoutResult(status -> {
            taskService.claim(taskId, "colin");
            status.setRollbackOnly();
        });
        assertThat(row(taskId).listKey()).isEqualTo("g:team-north");
        assertThat(count("g:team-north")).isEqualTo(northBefore);
    }

    @Test
    void aRebuildWritesTheSameRowsAndCountsAsTheEventsDid() {
        String caseNumber = cases.open("team-south");
        cases.completeIntake("dana", caseNumber);
        String other = cases.open("team-north");
        Map<String, TaskListRow> before = storedRows();
        Map<String, Long> countsBefore = table.allCounts();

        maintenance.rebuild();

        assertThat(storedRows()).containsAllEntriesOf(before.entrySet().stream()
                .filter(entry -> List.of(caseNumber, other).contains(entry.getValue().caseNumber()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(storedRows()).isEqualTo(engine.rows());
        assertThat(table.allCounts()).isEqualTo(EngineTaskRows.counts(engine.rows().values()));
        assertThat(maintenance.check().isConsistent()).isTrue();
        assertThat(countsBefore).isNotEmpty();
    }

    @Test
    void countsStayRightWhenTwoPeopleClaimFromTheSameQueueAtOnce() throws Exception {
        List<String> caseNumbers = java.util.stream.IntStream.range(0, 8).mapToObj(i -> cases.open("team-south"))
                .toList();
        List<String> taskIds = caseNumbers.stream().map(n -> cases.task(n, "Task_Intake").getId()).toList();
        long queueBefore = count("g:team-south");
        long danaBefore = count("u:dana");
        long samBefore = count("u:sam");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var dana = pool.submit(() -> taskIds.subList(0, 4).forEach(id -> taskService.claim(id, "dana")));
            var sam = pool.submit(() -> taskIds.subList(4, 8).forEach(id -> taskService.claim(id, "sam")));
            dana.get(60, java.util.concurrent.TimeUnit.SECONDS);
            sam.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        assertThat(count("g:team-south")).isEqualTo(queueBefore - 8);
        assertThat(count("u:dana")).isEqualTo(danaBefore + 4);
        assertThat(count("u:sam")).isEqualTo(samBefore + 4);
        caseNumbers.forEach(this::assertMatchesEngine);
    }

    private void assertMatchesEngine(String caseNumber) {
        Map<String, TaskListRow> expected = engine.rows().entrySet().stream()
                .filter(entry -> entry.getValue().caseNumber().equals(caseNumber))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(rowsOf(caseNumber)).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
    }

    private Map<String, TaskListRow> rowsOf(String caseNumber) {
        return storedRows().entrySet().stream().filter(entry -> entry.getValue().caseNumber().equals(caseNumber))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, TaskListRow> storedRows() {
        Map<String, TaskListRow> rows = new java.util.HashMap<>();
        table.forEachRow(row -> rows.put(row.taskId(), row));
        return rows;
    }

    private TaskListRow row(String taskId) {
        TaskListRow row = storedRows().get(taskId);
        assertThat(row).as("row of task %s", taskId).isNotNull();
        return row;
    }

    private long count(String listKey) {
        return table.count(List.of(listKey));
    }
}
