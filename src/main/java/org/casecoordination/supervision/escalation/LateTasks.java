package org.casecoordination.supervision.escalation;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.supervision.calendar.SlaDueDates;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder's view of the task it is about: the open task of the case whose definition key is the
 * escalation code ({@code lateTaskKey}). A case has at most one open task of each escalated kind. The diagram asks
 * it when to escalate ({@code ${lateTasks.escalationTime(execution)}}) and whether the task is still late.
 */
@Component("lateTasks")
public class LateTasks {

    private final TaskService taskService;
    private final AsApplication asApplication;
    private final SlaDueDates slaDueDates;

    public LateTasks(TaskService taskService, AsApplication asApplication, SlaDueDates slaDueDates) {
        this.taskService = taskService;
        this.asApplication = asApplication;
        this.slaDueDates = slaDueDates;
    }

    public Optional<Task> of(DelegateExecution execution) {
        return find(execution.getProcessInstanceId(), (String) execution.getVariable(Variables.LATE_TASK_KEY));
    }

    public Optional<Task> find(String processInstanceId, String taskDefinitionKey) {
        if (taskDefinitionKey == null) {
            return Optional.empty();
        }
        return asApplication.run(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).active().list().stream().findFirst());
    }

    /** Open and past its due time: a task done or given a later due date no longer escalates. */
    public boolean isLate(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        return of(execution).map(task -> task.getDueDate() != null && !task.getDueDate().after(now)).orElse(false);
    }

    /** One business day (configurable) after the task's due time; now when it is gone. */
    public Date escalationTime(DelegateExecution execution) {
        return of(execution).map(Task::getDueDate).map(slaDueDates::escalation).orElseGet(ClockUtil::getCurrentTime);
    }

    /** The task's due time (after an extension, the new one); now when it is gone. */
    public Date dueDate(DelegateExecution execution) {
        return of(execution).map(Task::getDueDate).orElseGet(ClockUtil::getCurrentTime);
    }
}
