package org.casecoordination.tasklist;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormValues;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claim, give back and complete tasks for the current user, with errors a coordinator understands. */
@Service
public class TaskActions {

    private final TaskService taskService;
    private final TaskFormCheck formCheck;
    private final CurrentUser currentUser;

    TaskActions(TaskService taskService, TaskFormCheck formCheck, CurrentUser currentUser) {
        this.taskService = taskService;
        this.formCheck = formCheck;
        this.currentUser = currentUser;
    }

    public Task find(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    @Transactional
    public void claim(String taskId) {
        Task task = find(taskId);
        String me = currentUser.id();
        if (me.equals(task.getAssignee())) {
            return;
        }
        try {
            taskService.claim(taskId, me);
        } catch (TaskAlreadyClaimedException e) {
            throw claimedBySomeoneElse(find(taskId));
        } catch (OptimisticLockingException e) {
            throw new CaseConflictException("Someone else claimed this task at the same moment. Reload the list.");
        }
    }

    @Transactional
    public void unclaim(String taskId) {
        Task task = find(taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equals(currentUser.id())) {
            throw claimedBySomeoneElse(task);
        }
        taskService.setAssignee(taskId, null);
    }

    /** Completion from this app's form page: the parameters of the HTML form. */
    @Transactional
    public void completeFromForm(String taskId, Map<String, String[]> parameters) {
        Task task = find(taskId);
        FormDefinition form = formCheck.formOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .orElse(null);
        Map<String, Object> values = form == null ? Map.of() : FormValues.fromRequestParameters(form, parameters);
        complete(task, formCheck.check(form, task.getTaskDefinitionKey(), values));
    }

    /** Completion from the JSON API: values keyed by the form's field keys. */
    @Transactional
    public void complete(String taskId, Map<String, ?> submitted) {
        Task task = find(taskId);
        complete(task, formCheck.checkSubmitted(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                submitted == null ? Map.of() : submitted));
    }

    private void complete(Task task, TaskFormCheck.Result check) {
        if (!check.isValid()) {
            throw new TaskValidationException(check.errors());
        }
        String me = currentUser.id();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw claimedBySomeoneElse(task);
        }
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), me);
            }
            taskService.complete(task.getId(), asVariables(check.values()));
        } catch (TaskAlreadyClaimedException e) {
            throw claimedBySomeoneElse(find(task.getId()));
        } catch (OptimisticLockingException e) {
            throw new CaseConflictException("This case changed while you were working on it. Reload and try again.");
        }
    }

    /** Record-only values travel as transient variables: the engine never stores them. */
    private static Map<String, Object> asVariables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((key, value) -> variables.put(key, CaseLifecycleProcess.Variables.isContract(key)
                ? value : Variables.untypedValue(value, true)));
        return variables;
    }

    private static CaseConflictException claimedBySomeoneElse(Task task) {
        return new CaseConflictException("\u201c" + task.getName() + "\u201d is already claimed by "
                + task.getAssignee() + ". Ask them, or their supervisor, to hand it over.");
    }
}
