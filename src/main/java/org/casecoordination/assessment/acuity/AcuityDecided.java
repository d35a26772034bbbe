package org.casecoordination.assessment.acuity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * End listener of the "Decide acuity" business rule tasks ({@code ${acuityDecided}}): turns the decision's single
 * result into the contract variables (acuity, taskPriority, followUpInterval) and the case record. The raw result
 * variable is removed: the contract keeps only what gateways, timers and task priorities read.
 */
@Component("acuityDecided")
public class AcuityDecided implements ExecutionListener {

    /** camunda:resultVariable of the business rule tasks. */
    public static final String RESULT_VARIABLE = "acuityDecision";

    private final CaseAcuityUpdates updates;

    public AcuityDecided(CaseAcuityUpdates updates) {
        this.updates = updates;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object decided = execution.getVariable(RESULT_VARIABLE);
        execution.removeVariable(RESULT_VARIABLE);
        if (!(decided instanceof Map<?, ?> result)) {
            return; // no row matched: no instrument given yet, so no acuity yet
        }
        Acuity acuity = Acuity.valueOf(String.valueOf(result.get("acuity")));
        int priority = ((Number) result.get(Variables.TASK_PRIORITY)).intValue();
        execution.setVariable(Variables.ACUITY, acuity.name());
        execution.setVariable(Variables.TASK_PRIORITY, priority);
        execution.setVariable(Variables.FOLLOW_UP_INTERVAL, String.valueOf(result.get(Variables.FOLLOW_UP_INTERVAL)));
        updates.apply(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), acuity, priority);
    }
}
