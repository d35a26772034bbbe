package org.casecoordination.closure;

import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * The closure task records the final reason on the case; the end event then marks it closed. It is refused while
 * a safety or crisis response is open (closing would end it unanswered).
 */
@Component
class CloseCaseRules implements CompletionRules {

    private final PendingUrgentResponses urgentResponses;

    CloseCaseRules(PendingUrgentResponses urgentResponses) {
        this.urgentResponses = urgentResponses;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_CLOSE_CASE;
    }

    @Override
    public void apply(TaskCompletion completion) {
        urgentResponses.checkNoneOpen(completion.task().getProcessInstanceId());
        Object reason = completion.value(Variables.CLOSURE_REASON);
        if (reason != null) {
            completion.careCase().setClosureReason(reason.toString());
        }
    }
}
