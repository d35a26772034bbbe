package org.casecoordination.supervision.escalation;

import org.springframework.security.access.AccessDeniedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.closure.CaseClosureService;
import org.casecoordination.closure.EarlyClosureReason;
import org.casecoordination.processes.engine.LifecycleInvariant;
import org.casecoordination.security.RunAs;
import org.casecoordination.supervision.calendar.BusinessCalendar;
import org.casecoordination.supervision.notice.Notice;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.tasklist.TaskActions;
import org.casecoordination.tasklist.TaskValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overdue ladder on the real application, timers run by moving the engine clock: cora's late assessment is
 * marked and she is reminded, a business day later sam (supervisor of team-north) decides.
 */
@ApplicationTest
class EscalationApplicationTests {

    static final List<String> SAM_GROUPS = List.of("supervisors", "team-north", "team-south");

    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskActions taskActions;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    Notices notices;
    @Autowired
    BusinessCalendar businessCalendar;
    @Autowired
    CaseClosureService closureService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    LifecycleInvariant invariant;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aLateAssessmentRemindsItsOwnerThenGoesToTheSupervisorWhoReassignsIt() {
        String caseNumber = caseWithLateAssessment();
        Task assessment = cases.task(caseNumber, "Task_Assessment");
        assertThat(notices.of("cora")).filteredOn(n -> caseNumber.equals(n.getCaseNumber())).extracting(Notice::getMessage)
                .singleElement().asString().contains("\u201cAssess needs\u201d is overdue");
        assertThat(kinds(caseNumber)).contains(TimelineKind.TASK_OVERDUE).doesNotContain(TimelineKind.TASK_ESCALATED);

        Task review = escalate(caseNumber);
        assertThat(review.getName()).isEqualTo("Overdue: Assess needs");
        assertThat(review.getDescription()).contains("with Cora Lindqvist");
        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId)
                .contains("sam");
        assertThat(kinds(caseNumber)).contains(TimelineKind.TASK_ESCALATED);
        assertThat(notices.of("sam")).as("the team's supervisor hears of it at once, as an urgent notice")
                .filteredOn(n -> caseNumber.equals(n.getCaseNumber())).singleElement()
                .satisfies(n -> assertThat(n.isUrgent()).isTrue())
                .satisfies(n -> assertThat(n.getTaskId()).isEqualTo(review.getId()))
                .extracting(Notice::getMessage).asString()
                .contains("\u201cAssess needs\u201d is overdue").contains("waits for a supervisor");

        assertThatThrownBy(() -> cases.complete("colin", caseNumber, "Task_ReviewEscalation",
                decision("TAKE_OVER", Map.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only a supervisor");
        assertThatThrownBy(() -> completeAsSam(review, decision("REASSIGN", Map.of("reassignTo", "dana"))))
                .isInstanceOf(TaskValidationException.class).hasMessageContaining("reassignTo")
                .hasMessageContaining("Not a coordinator of Team North");
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).as("nothing half-written").isEqualTo("cora");

        completeAsSam(review, decision("REASSIGN", Map.of("reassignTo", "colin")));

        assertThat(cases.task(caseNumber, "Task_Assessment").getId()).isEqualTo(assessment.getId());
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("colin");
        assertThat(cases.tasks(caseNumber, "Task_ReviewEscalation")).isEmpty();
        assertThat(notices.of("colin")).filteredOn(n -> caseNumber.equals(n.getCaseNumber()))
                .extracting(Notice::getMessage).singleElement().asString()
                .contains("handed to you by Sam Reyes").contains("Cora is on leave");
        assertThat(entries(caseNumber)).filteredOn(e -> e.getKind() == TimelineKind.ESCALATION_DECIDED)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("sam");
                    assertThat(e.getSummary()).contains("reassigned to Colin Mensah").contains("Cora is on leave");
                });
    }

    @Test
    void anExtensionMovesTheDueDateAndTheLadderWithIt() {
        String caseNumber = caseWithLateAssessment();
        Task review = escalate(caseNumber);
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Berlin"));
        LocalDate newDay = today.plusDays(7);
        while (!businessCalendar.isBusinessDay(newDay)) {
            newDay = newDay.plusDays(1);
        }

        assertThatThrownBy(() -> completeAsSam(review, decision("EXTEND", Map.of("extendUntil", today.minusDays(1).toString()))))
                .isInstanceOf(TaskValidationException.class).hasMessageContaining("in the future");
        completeAsSam(review, decision("EXTEND", Map.of("extendUntil", newDay.toString())));

        Date newDue = Date.from(businessCalendar.closeOf(newDay));
        assertThat(cases.task(caseNumber, "Task_Assessment").getDueDate()).isEqualTo(newDue);
        String instance = cases.task(caseNumber, "Task_Assessment").getProcessInstanceId();
        assertThat(managementService.createJobQuery().processInstanceId(instance).activityId("TimerEvent_ExtendedDue")
                .singleResult().getDuedate()).isEqualTo(newDue);
        assertThat(entries(caseNumber)).anyMatch(e -> e.getKind() == TimelineKind.ESCALATION_DECIDED
                && e.getSummary().contains("extended to") && e.getSummary().contains("Cora is on leave"));
    }

    @Test
    void theLateTaskDoneMeanwhileTakesTheReviewOffTheSupervisorsList() {
        String caseNumber = caseWithLateAssessment();
        escalate(caseNumber);

        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());

        assertThat(cases.tasks(caseNumber, "Task_ReviewEscalation")).isEmpty();
        assertThat(entries(caseNumber)).anyMatch(e -> e.getKind() == TimelineKind.ESCALATION_DECIDED
                && e.getSummary().contains("withdrawn") && e.getSummary().contains("was completed"));
        assertThat(cases.task(caseNumber, "Task_PlanServices").getAssignee()).isEqualTo("cora");
    }

    @Test
    void aCaseClosedWithAnEscalationOpenLeavesNoTaskAndNoInstance() {
        String caseNumber = caseWithLateAssessment();
        escalate(caseNumber);
        String instance = cases.task(caseNumber, "Task_Assessment").getProcessInstanceId();

        RunAs.user("cora", List.of("coordinators", "team-north"), () -> {
            closureService.closeEarly(caseNumber, EarlyClosureReason.MOVED_AWAY, null);
            return null;
        });
        assertThat(cases.tasks(caseNumber, "Task_ReviewEscalation")).as("nothing left to decide").isEmpty();
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("MOVED_AWAY"));

        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().isClosed()).isTrue();
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        LifecycleInvariant.Result check = invariant.check();
        assertThat(check.instancesWithoutOpenCase().examples()).doesNotContain(caseNumber);
        assertThat(check.openCasesWithoutInstance().examples()).doesNotContain(caseNumber);
    }

    @Test
    void aCaseDoesNotCloseWhileASafetyResponseIsDue() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String instance = cases.task(caseNumber, "Task_Assessment").getProcessInstanceId();
        RunAs.user("cora", List.of("coordinators", "team-north"), () -> {
            closureService.closeEarly(caseNumber, EarlyClosureReason.MOVED_AWAY, null);
            return null;
        });
        runtimeService.createMessageCorrelation("SafetyConcernRaised").processInstanceId(instance).correlate();

        assertThatThrownBy(() -> cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("MOVED_AWAY")))
                .isInstanceOf(TaskValidationException.class).hasMessageContaining("still open");
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().isClosed()).isFalse();
        assertThat(cases.tasks(caseNumber, "Task_SafetyResponse")).hasSize(1);

        cases.complete("cora", caseNumber, "Task_SafetyResponse", Map.of("clientReached", "REACHED",
                "safetyActions", List.of("SAFETY_PLAN"), "riskOutcome", "RISK_MANAGED",
                "responseSummary", "Spoke with the client; safety plan reviewed."));
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("MOVED_AWAY"));
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().isClosed()).isTrue();
    }

    /** Intake done by cora, so she owns the assessment; the engine clock then passes its due time. */
    private String caseWithLateAssessment() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        Task assessment = cases.task(caseNumber, "Task_Assessment");
        assertThat(assessment.getAssignee()).isEqualTo("cora");
        assertThat(assessment.getDueDate()).isAfter(Date.from(ClockUtil.getCurrentTime().toInstant()
                .plus(Duration.ofDays(13))));
        ClockUtil.setCurrentTime(Date.from(assessment.getDueDate().toInstant().plusSeconds(60)));
        runTimer(assessment.getProcessInstanceId(), "BoundaryEvent_AssessmentOverdue");
        return caseNumber;
    }

    private Task escalate(String caseNumber) {
        String instance = cases.task(caseNumber, "Task_Assessment").getProcessInstanceId();
        Date escalationDue = managementService.createJobQuery().processInstanceId(instance)
                .activityId("TimerEvent_EscalationDue").singleResult().getDuedate();
        ClockUtil.setCurrentTime(escalationDue);
        runTimer(instance, "TimerEvent_EscalationDue");
        return cases.task(caseNumber, "Task_ReviewEscalation");
    }

    private void runTimer(String processInstanceId, String activityId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult().getId());
    }

    private void completeAsSam(Task review, Map<String, Object> values) {
        RunAs.user("sam", SAM_GROUPS, () -> {
            taskActions.complete(review.getId(), values);
            return null;
        });
    }

    private static Map<String, Object> decision(String decision, Map<String, Object> more) {
        Map<String, Object> values = new java.util.HashMap<>(more);
        values.put("escalationDecision", decision);
        values.put("escalationReason", "Cora is on leave this week.");
        return values;
    }

    private List<TimelineEntry> entries(String caseNumber) {
        return timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(
                caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId());
    }

    private List<TimelineKind> kinds(String caseNumber) {
        return entries(caseNumber).stream().map(TimelineEntry::getKind).toList();
    }
}
