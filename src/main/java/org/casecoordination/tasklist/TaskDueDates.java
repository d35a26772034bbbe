package org.casecoordination.tasklist;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives each new case task its priority, so an urgent referral is worked first. Due dates come from the diagram
 * ({@code camunda:dueDate} with the business calendar); only choosing a provider for a service arrangement, which
 * sets none yet, gets one here.
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

    @EventListener
    @Order(TaskCreateOrder.DUE_DATE_AND_PRIORITY)
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        if (task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
            return;
        }
        cases.lookUp(task.getExecution().getProcessBusinessKey()).ifPresent(careCase -> {
            boolean urgent = careCase.getUrgency() == Urgency.URGENT;
            task.setPriority(urgent ? timeliness.urgentPriority() : timeliness.routinePriority());
            if (task.getDueDate() == null
                    && ServiceArrangementProcess.TASK_SELECT_PROVIDER.equals(task.getTaskDefinitionKey())) {
                Instant now = ClockUtil.getCurrentTime().toInstant();
                task.setDueDate(Date.from(now.plus(timeliness.arrangement())));
            }
        });
    }
}
