package org.casecoordination.closure;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.tasklist.TaskValidationException;
import org.springframework.stereotype.Component;

/**
 * A case does not close while a safety or crisis response is still due: closing ends every task of the case
 * (the diagram's terminate end), and those two must not disappear unanswered.
 */
@Component
public class PendingUrgentResponses {

    private final TaskService taskService;
    private final AsApplication asApplication;

    PendingUrgentResponses(TaskService taskService, AsApplication asApplication) {
        this.taskService = taskService;
        this.asApplication = asApplication;
    }

    /** Throws the form error shown on the closing task when a response is still open. */
    public void checkNoneOpen(String processInstanceId) {
        long open = asApplication.run(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(CaseLifecycleProcess.TASK_SAFETY_RESPONSE,
                        CaseLifecycleProcess.TASK_CRISIS_RESPONSE).count());
        if (open > 0) {
            throw new TaskValidationException(List.of(new FieldError(null,
                    "A safety or crisis response on this case is still open: record it before the case closes.")));
        }
    }
}
