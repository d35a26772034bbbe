package org.casecoordination.arrangement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.springframework.stereotype.Component;

/**
 * Gives an arrangement the words for its service ({@code serviceLabel}, "Home care") when it starts, so its task
 * names say which service they are for ({@code Select provider – ${serviceLabel}}): two arrangements of one case
 * are told apart in every list, in the app and in Tasklist. The diagram names this listener on its start event.
 */
@Component("serviceLabelListener")
class ServiceLabelListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object code = execution.getVariable(CaseLifecycleProcess.Variables.SERVICE_TYPE);
        // in the diagram's own language, whoever started it: Tasklist shows it so, and ServiceLabelWords reads it
        String label = ServiceType.of(code == null ? null : code.toString()).map(ServiceType::label)
                .orElse(code == null ? "" : code.toString());
        execution.setVariable(ServiceArrangementProcess.Variables.SERVICE_LABEL, label);
    }
}
