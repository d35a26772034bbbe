package org.casecoordination.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.casecoordination.casefile.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overdue ladder of processes/case-lifecycle.bpmn on a plain engine, with the engine clock moved and the
 * timers executed (no sleeping): due time, reminder, supervisor escalation one business day later, an extension
 * that moves the ladder, and a late task finished before the escalation.
 */
class EscalationLadderProcessTests extends CaseLifecycleDeployment {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String BUSINESS_KEY = "CC-2026-000123";
    static final String TEAM = "team-north";

    ProcessEngine processEngine;
    DiagramBeans beans;

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(processEngine);
        // a routine referral on Friday 4 December 2026 at 15:00: intake due Tuesday 8th at 18:00
        ClockUtil.setCurrentTime(date("2026-12-04T15:00"));
        beans = DiagramBeans.register();
        when(beans.careCase.getOpenedAt()).thenReturn(at("2026-12-04T15:00"));
        beans.withLadder(processEngine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
        DiagramBeans.reset();
    }

    @Test
    void theIntakeIsDueTwoBusinessDaysAfterTheReferralAndItsOverdueTimerWithIt() {
        ProcessInstance instance = startCase();
        Task intake = task("Task_Intake", instance);
        Assertions.assertThat(intake.getDueDate()).isEqualTo(date("2026-12-08T18:00"));
        Assertions.assertThat(overdueTimer(instance, "BoundaryEvent_IntakeOverdue").getDuedate())
                .isEqualTo(intake.getDueDate());
    }

    @Test
    void anUrgentReferralIsDueTheNextBusinessDay() {
        when(beans.careCase.getUrgency()).thenReturn(Urgency.URGENT);
        ProcessInstance instance = startCase();
        Assertions.assertThat(task("Task_Intake", instance).getDueDate()).isEqualTo(date("2026-12-07T18:00"));
    }

    @Test
    void anOverdueTaskIsMarkedThenEscalatedToTheTeamsSupervisorsOneBusinessDayLater() throws Exception {
        ProcessInstance instance = startCase();
        taskService().claim(task("Task_Intake", instance).getId(), "coordinator.anna");

        fire(instance, "BoundaryEvent_IntakeOverdue", "2026-12-08T18:01");
        verify(beans.overdueReminder, times(1)).execute(any());
        assertThat(instance).isWaitingAt("Task_Intake", "TimerEvent_EscalationDue");
        Job escalation = timer(instance, "TimerEvent_EscalationDue");
        Assertions.assertThat(escalation.getDuedate()).isEqualTo(date("2026-12-09T18:00"));
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ReviewEscalation")
                .count()).isZero();

        fire(instance, "TimerEvent_EscalationDue", "2026-12-09T18:00");
        Task review = task("Task_ReviewEscalation", instance);
        Assertions.assertThat(taskService().getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId)
                .containsAll(DiagramBeans.SUPERVISORS);
        Assertions.assertThat(review.getDueDate()).isEqualTo(date("2026-12-10T18:00"));
        Assertions.assertThat(task("Task_Intake", instance).getAssignee()).isEqualTo("coordinator.anna");
    }

    @Test
    void extendingTheDueDateMovesTheLadderToTheNewDate() throws Exception {
        ProcessInstance instance = escalatedIntake();

        Task intake = task("Task_Intake", instance);
        taskService().setDueDate(intake.getId(), date("2026-12-14T18:00"));
        complete(task("Task_ReviewEscalation", instance), withVariables("escalationDecision", "EXTEND"));
        Assertions.assertThat(timer(instance, "TimerEvent_ExtendedDue").getDuedate())
                .isEqualTo(date("2026-12-14T18:00"));

        fire(instance, "TimerEvent_ExtendedDue", "2026-12-14T18:00");
        verify(beans.overdueReminder, times(2)).execute(any());
        Assertions.assertThat(timer(instance, "TimerEvent_EscalationDue").getDuedate())
                .isEqualTo(date("2026-12-15T18:00"));
        fire(instance, "TimerEvent_EscalationDue", "2026-12-15T18:00");
        assertThat(instance).isWaitingAt("Task_Intake", "Task_ReviewEscalation");
    }

    @Test
    void aReassignedOrTakenOverTaskEndsTheLadder() throws Exception {
        ProcessInstance instance = escalatedIntake();
        complete(task("Task_ReviewEscalation", instance), withVariables("escalationDecision", "TAKE_OVER"));
        assertThat(instance).hasPassed("EndEvent_EscalationHandled");
        Assertions.assertThat(runtimeService().getActiveActivityIds(instance.getId())).containsExactly("Task_Intake");
    }

    @Test
    void aTaskFinishedBeforeTheEscalationIsNotEscalated() throws Exception {
        ProcessInstance instance = startCase();
        fire(instance, "BoundaryEvent_IntakeOverdue", "2026-12-08T18:01");
        complete(task("Task_Intake", instance), withVariables("owner", "coordinator.anna", "eligible", true));

        fire(instance, "TimerEvent_EscalationDue", "2026-12-09T18:00");
        assertThat(instance).hasPassed("EndEvent_NoLongerLate").isWaitingAt("Task_Assessment");
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ReviewEscalation")
                .count()).isZero();
    }

    @Test
    void aTaskDoneInTimeNeverStartsTheLadder() throws Exception {
        ProcessInstance instance = startCase();
        complete(task("Task_Intake", instance), withVariables("owner", "coordinator.anna", "eligible", true));
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_IntakeOverdue").count()).isZero();
        verify(beans.overdueReminder, never()).execute(any());
        // the assessment carries its own due date and overdue timer: 14 days later, on a working day
        Task assessment = task("Task_Assessment", instance);
        Assertions.assertThat(assessment.getDueDate()).isEqualTo(date("2026-12-18T15:00"));
        Assertions.assertThat(overdueTimer(instance, "BoundaryEvent_AssessmentOverdue").getDuedate())
                .isEqualTo(assessment.getDueDate());
    }

    @Test
    void anOverdueReassessmentClimbsTheSameLadder() throws Exception {
        ProcessInstance instance = startCase();
        fire(instance, "StartEvent_ReassessmentDue", "2027-06-02T15:00"); // a Wednesday, 180 days on
        Task reassessment = task("Task_Reassessment", instance);
        Assertions.assertThat(reassessment.getDueDate()).isEqualTo(date("2027-06-16T15:00"));
        Assertions.assertThat(timer(instance, "BoundaryEvent_ReassessmentOverdue").getDuedate())
                .isEqualTo(reassessment.getDueDate());

        fire(instance, "BoundaryEvent_ReassessmentOverdue", "2027-06-16T15:01");
        verify(beans.overdueReminder, times(1)).execute(any());
        Assertions.assertThat(timer(instance, "TimerEvent_EscalationDue").getDuedate())
                .isEqualTo(date("2027-06-17T18:00"));
        fire(instance, "TimerEvent_EscalationDue", "2027-06-17T18:00");

        Task review = task("Task_ReviewEscalation", instance);
        Assertions.assertThat(taskService().getVariable(review.getId(), "lateTaskKey")).isEqualTo("Task_Reassessment");
        assertThat(instance).isWaitingAt("Task_Intake", "Task_Reassessment", "Task_ReviewEscalation");
    }

    @Test
    void lateTaskDoneWithdrawsTheOpenReview() throws Exception {
        ProcessInstance instance = escalatedIntake();

        runtimeService().messageEventReceived("LateTaskDone", task("Task_ReviewEscalation", instance).getExecutionId());

        assertThat(instance).hasPassed("EndEvent_EscalationWithdrawn").isWaitingAt("Task_Intake");
        Assertions.assertThat(runtimeService().getActiveActivityIds(instance.getId())).containsExactly("Task_Intake");
    }

    @Test
    void closingTheCaseEndsAReviewStillOpen() throws Exception {
        ProcessInstance instance = startCase();
        runtimeService().createMessageCorrelation("CloseCaseRequested").processInstanceId(instance.getId())
                .setVariable("closureReason", "MOVED_AWAY").correlate();
        Task closure = task("Task_CloseCase", instance);
        fire(instance, "BoundaryEvent_CloseCaseOverdue", "2026-12-11T18:01");
        ClockUtil.setCurrentTime(timer(instance, "TimerEvent_EscalationDue").getDuedate());
        managementService().executeJob(timer(instance, "TimerEvent_EscalationDue").getId());
        assertThat(instance).isWaitingAt("Task_CloseCase", "Task_ReviewEscalation");

        complete(closure, withVariables("closureReason", "MOVED_AWAY"));

        assertThat(instance).hasPassed("EndEvent_CaseClosed").isEnded();
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private ProcessInstance escalatedIntake() throws Exception {
        ProcessInstance instance = startCase();
        fire(instance, "BoundaryEvent_IntakeOverdue", "2026-12-08T18:01");
        fire(instance, "TimerEvent_EscalationDue", "2026-12-09T18:00");
        assertThat(instance).isWaitingAt("Task_Intake", "Task_ReviewEscalation");
        return instance;
    }

    private void fire(ProcessInstance instance, String activityId, String localTime) {
        ClockUtil.setCurrentTime(date(localTime));
        managementService().executeJob(timer(instance, activityId).getId());
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        List<Job> jobs = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
        Assertions.assertThat(jobs).as("timer of %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    private static Job overdueTimer(ProcessInstance instance, String boundaryEventId) {
        return timer(instance, boundaryEventId);
    }

    private ProcessInstance startCase() {
        return runtimeService().startProcessInstanceByKey("CaseLifecycle", BUSINESS_KEY, withVariables(
                "caseNumber", BUSINESS_KEY,
                "team", TEAM,
                "followUpInterval", "P30D",
                "reassessmentInterval", "P180D"));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Date date(String localDateTime) {
        return Date.from(at(localDateTime));
    }
}
