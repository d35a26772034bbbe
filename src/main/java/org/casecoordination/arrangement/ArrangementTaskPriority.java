package org.casecoordination.arrangement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseAcuityChanged;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The arrangements run as their own process instances (called by the case's): when the case's acuity changes,
 * their open tasks take the case's new priority, and so do their future tasks (their copy of taskPriority).
 */
@Component
class ArrangementTaskPriority {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final CaseRepository cases;
    private final AsApplication asApplication;

    ArrangementTaskPriority(RuntimeService runtimeService, TaskService taskService, CaseRepository cases,
            AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.cases = cases;
        this.asApplication = asApplication;
    }

    @EventListener
    public void onAcuityChanged(CaseAcuityChanged event) {
        asApplication.run(() -> {
            var arrangements = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(event.caseNumber())
                    .processDefinitionKey(ServiceArrangementProcess.PROCESS_KEY).list();
            String caseInstance = cases.findByCaseNumber(event.caseNumber()).map(c -> c.getProcessInstanceId())
                    .orElse(null);
            if (arrangements.isEmpty() || caseInstance == null
                    || !(runtimeService.getVariable(caseInstance, Variables.TASK_PRIORITY) instanceof Number p)) {
                return null;
            }
            int priority = p.intValue();
            arrangements.forEach(arrangement -> {
                runtimeService.setVariable(arrangement.getId(), Variables.TASK_PRIORITY, priority);
                taskService.createTaskQuery().processInstanceId(arrangement.getId()).list().stream()
                        .filter(task -> task.getPriority() != priority)
                        .forEach(task -> taskService.setPriority(task.getId(), priority));
            });
            return null;
        });
    }
}
