package org.casecoordination.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives each new case task its due date and priority, so the task list can sort by what is due and show what is
 * late. An urgent referral is worked first and sooner. A due date set in the diagram is left alone.
 */
@Component
@EnableConfigurationProperties(Timeliness.class)
class TaskDueDates {

    private final CaseRepository cases;
    private final Timeliness timeliness;

    TaskDueDates(CaseRepository cases, Timeliness timeliness) {
        this.cases = cases;
        this.timeliness = timeliness;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
            return;
        }
        cases.findByCaseNumber(task.getExecution().getProcessBusinessKey()).ifPresent(careCase -> {
            boolean urgent = careCase.getUrgency() == Urgency.URGENT;
            task.setPriority(urgent ? timeliness.urgentPriority() : timeliness.routinePriority());
            if (task.getDueDate() == null) {
                Instant due = dueDate(task.getTaskDefinitionKey(), careCase, urgent);
                if (due != null) {
                    task.setDueDate(Date.from(due));
                }
            }
        });
    }

    private Instant dueDate(String taskDefinitionKey, CareCase careCase, boolean urgent) {
        Instant now = Instant.now();
        return switch (taskDefinitionKey) {
            case CaseLifecycleProcess.TASK_INTAKE ->
                    careCase.getOpenedAt().plus(urgent ? timeliness.intakeUrgent() : timeliness.intake());
            case CaseLifecycleProcess.TASK_ASSESSMENT ->
                    now.plus(urgent ? timeliness.assessmentUrgent() : timeliness.assessment());
            case CaseLifecycleProcess.TASK_PLAN_SERVICES -> latest(careCase.getOpenedAt(), timeliness.servicePlan(),
                    now);
            case CaseLifecycleProcess.TASK_ARRANGE_SERVICE, ServiceArrangementProcess.TASK_SELECT_PROVIDER ->
                    now.plus(timeliness.arrangement());
            case CaseLifecycleProcess.TASK_FOLLOW_UP -> now.plus(timeliness.followUp());
            case CaseLifecycleProcess.TASK_CLOSE_CASE -> now.plus(timeliness.closure());
            default -> null;
        };
    }

    /** A plan redone after a reassessment months later is not born overdue: it gets at least a day. */
    private static Instant latest(Instant from, Duration allowed, Instant now) {
        Instant due = from.plus(allowed);
        Instant earliest = now.plus(Duration.ofDays(1));
        return due.isBefore(earliest) ? earliest : due;
    }
}
