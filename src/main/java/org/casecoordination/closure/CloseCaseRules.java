package org.casecoordination.closure;

import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.stereotype.Component;

/** The closure task records the final reason on the case; the end event then marks it closed. */
@Component
class CloseCaseRules implements CompletionRules {

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_CLOSE_CASE;
    }

    @Override
    public void apply(TaskCompletion completion) {
        Object reason = completion.value(Variables.CLOSURE_REASON);
        if (reason != null) {
            completion.careCase().setClosureReason(reason.toString());
        }
    }
}
