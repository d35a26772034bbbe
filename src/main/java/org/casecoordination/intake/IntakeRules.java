package org.casecoordination.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.forms.FieldError;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Intake decides whether the case goes on. A case that ends here needs a reason; a case that goes on gets its
 * owner: the coordinator who completed intake.
 */
@Component
class IntakeRules implements CompletionRules {

    static final Set<String> REASONS_TO_END_AT_INTAKE = Set.of("NOT_ELIGIBLE", "CLIENT_DECLINED", "UNABLE_TO_CONTACT");

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_INTAKE;
    }

    @Override
    public List<FieldError> check(Map<String, Object> values) {
        if (Boolean.TRUE.equals(values.get(Variables.ELIGIBLE))) {
            return List.of();
        }
        Object reason = values.get(Variables.CLOSURE_REASON);
        if (reason == null || !REASONS_TO_END_AT_INTAKE.contains(reason.toString())) {
            return List.of(new FieldError(Variables.CLOSURE_REASON,
                    "Choose why the case ends at intake, or tick that the client is eligible."));
        }
        return List.of();
    }

    @Override
    public void apply(TaskCompletion completion) {
        boolean eligible = Boolean.TRUE.equals(completion.value(Variables.ELIGIBLE));
        completion.setProcessVariable(Variables.ELIGIBLE, eligible);
        completion.setProcessVariable(Variables.OWNER, completion.completedBy());
        completion.careCase().setOwner(completion.completedBy());
        if (!eligible) {
            completion.careCase().setClosureReason(completion.value(Variables.CLOSURE_REASON).toString());
        } else {
            // a reason picked and then un-needed must not follow the case to closure
            completion.task().getExecution().removeVariable(Variables.CLOSURE_REASON);
        }
    }
}
