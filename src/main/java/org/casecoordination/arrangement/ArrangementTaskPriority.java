package org.casecoordination.arrangement;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
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
            // the arrangements' executions by business key, not a process instance query: that one adds "PARENT_ID_
            // is null", which made H2 read every open instance (docs/benchmarks.md, "Case page at scale")
            List<String> arrangements = runtimeService.createExecutionQuery()
                    .processInstanceBusinessKey(event.caseNumber())
                    .processDefinitionKey(ServiceArrangementProcess.PROCESS_KEY).list().stream()
                    .map(Execution::getProcessInstanceId).distinct().toList();
            String caseInstance = cases.findByCaseNumber(event.caseNumber()).map(c -> c.getProcessInstanceId())
                    .orElse(null);
            if (arrangements.isEmpty() || caseInstance == null
                    || !(runtimeService.getVariable(caseInstance, Variables.TASK_PRIORITY) instanceof Number p)) {
                return null;
            }
            int priority = p.intValue();
            arrangements.forEach(arrangement -> {
                runtimeService.setVariable(arrangement, Variables.TASK_PRIORITY, priority);
                taskService.createTaskQuery().processInstanceId(arrangement).list().stream()
                        .filter(task -> task.getPriority() != priority)
                        .forEach(task -> taskService.setPriority(task.getId(), priority));
            });
            return null;
        });
    }
}
