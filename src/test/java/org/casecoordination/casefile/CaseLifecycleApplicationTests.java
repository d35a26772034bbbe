package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.closure.CaseClosureService;
import org.casecoordination.closure.EarlyClosureReason;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case through every stage on the real application: record, stage and timeline follow the process. */
@ApplicationTest
class CaseLifecycleApplicationTests {

    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    StageRecordRepository records;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseClosureService closure;

    @Test
    void aCaseGoesFromReferralToClosedWithEveryStageRecorded() {
        String caseNumber = cases.open("team-north");
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.INTAKE);

        cases.completeIntake("cora", caseNumber);
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.ASSESSMENT);

        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.SERVICE_ARRANGEMENT);

        cases.complete("cora", caseNumber, "Task_PlanServices",
                FormAnswers.planServices(List.of("HOME_CARE", "TRANSPORTATION")));
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).hasSize(2)
                .allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo("cora"));

        cases.arrangeEach("cora", caseNumber);
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.FOLLOW_UP);
        Job followUpTimer = followUpTimer(caseNumber);
        assertThat(Duration.between(Instant.now(), followUpTimer.getDuedate().toInstant()).toDays())
                .as("follow-up in about 30 days").isBetween(29L, 30L);

        managementService.executeJob(followUpTimer.getId());
        cases.complete("cora", caseNumber, "Task_FollowUp", FormAnswers.followUp("READY_TO_CLOSE"));
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.CLOSURE);

        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("GOALS_MET"));
        CareCase closed = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(closed.getStage()).isEqualTo(CaseStage.CLOSED);
        assertThat(closed.getClosureReason()).isEqualTo("GOALS_MET");
        assertThat(closed.getClosedAt()).isNotNull();

        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(closed.getId()))
                .extracting(StageRecord::getTaskDefinitionKey)
                .containsExactly("Task_Intake", "Task_Assessment", "Task_PlanServices", "Task_SelectProvider",
                        "Task_SelectProvider", "Task_ConfirmWithClient", "Task_ConfirmWithClient", "Task_FollowUp",
                        "Task_CloseCase");
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(closed.getId()).stream()
                .filter(r -> r.getTaskDefinitionKey().equals("Task_SelectProvider")).map(StageRecord::getContent))
                .as("each arrangement says which service it was for")
                .anySatisfy(content -> assertThat(content).contains("\"serviceType\":\"HOME_CARE\""))
                .anySatisfy(content -> assertThat(content).contains("\"serviceType\":\"TRANSPORTATION\""));
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(closed.getId()))
                .extracting(TimelineEntry::getKind)
                .contains(TimelineKind.REFERRAL_RECEIVED, TimelineKind.TASK_COMPLETED, TimelineKind.STAGE_CHANGED,
                        TimelineKind.CASE_CLOSED);
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(closed.getId()))
                .filteredOn(entry -> entry.getKind() == TimelineKind.TASK_ASSIGNED)
                .extracting(TimelineEntry::getSummary)
                .as("cora claimed intake from the queue; the tasks after it were created for her, the owner: "
                        + "no hand-over to show")
                .containsExactly("\u201cContact client and complete intake\u201d assigned to Cora Lindqvist");
    }

    @Test
    void aStableFollowUpWaitsForTheNextIntervalAndNeedsChangeGoesBackToAssessment() {
        String caseNumber = caseWaitingForFollowUp();
        managementService.executeJob(followUpTimer(caseNumber).getId());
        cases.complete("cora", caseNumber, "Task_FollowUp", FormAnswers.followUp("STABLE"));
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.FOLLOW_UP);

        managementService.executeJob(followUpTimer(caseNumber).getId());
        cases.complete("cora", caseNumber, "Task_FollowUp", FormAnswers.followUp("NEEDS_CHANGE"));
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.ASSESSMENT);
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");
    }

    @Test
    void aCaseThatEndsAtIntakeGoesToClosureWithItsReason() {
        String caseNumber = cases.open("team-north");
        cases.complete("cora", caseNumber, "Task_Intake", FormAnswers.intakeNotEligible("UNABLE_TO_CONTACT"));
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.CLOSURE);
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getClosureReason())
                .isEqualTo("UNABLE_TO_CONTACT");
        assertThat(cases.task(caseNumber, "Task_CloseCase")).isNotNull();
    }

    @Test
    void aCaseCanBeClosedFromAnyStage() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.as("cora", () -> {
            closure.closeEarly(caseNumber, EarlyClosureReason.DECEASED, "Died at home on Sunday.");
            return null;
        });
        assertThat(cases.tasks(caseNumber, "Task_Assessment")).as("open work cancelled").isEmpty();
        assertThat(stageOf(caseNumber)).isEqualTo(CaseStage.CLOSURE);
        assertThat(cases.task(caseNumber, "Task_CloseCase")).isNotNull();

        assertThatThrownBy(() -> cases.as("cora", () -> {
            closure.closeEarly(caseNumber, EarlyClosureReason.MOVED_AWAY, null);
            return null;
        })).isInstanceOf(CaseConflictException.class);

        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("DECEASED"));
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow())
                .satisfies(c -> assertThat(c.getStage()).isEqualTo(CaseStage.CLOSED))
                .satisfies(c -> assertThat(c.getClosureReason()).isEqualTo("DECEASED"));
    }

    private String caseWaitingForFollowUp() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeEach("cora", caseNumber);
        return caseNumber;
    }

    private Job followUpTimer(String caseNumber) {
        String processInstanceId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId("TimerEvent_FollowUpDue").singleResult();
    }

    private CaseStage stageOf(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage();
    }
}
