package org.casecoordination.assessment.safety;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.AsApplication;
import org.springframework.stereotype.Component;

/** The open "Respond to safety concern" task of a case, read as the application (whoever asks). */
@Component
class SafetyResponseTasks {

    private final TaskService taskService;
    private final AsApplication asApplication;

    SafetyResponseTasks(TaskService taskService, AsApplication asApplication) {
        this.taskService = taskService;
        this.asApplication = asApplication;
    }

    Optional<Task> openFor(CareCase careCase) {
        if (careCase.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return asApplication.run(() -> taskService.createTaskQuery()
                .processInstanceId(careCase.getProcessInstanceId())
                .taskDefinitionKey(CaseLifecycleProcess.TASK_SAFETY_RESPONSE)
                .orderByTaskCreateTime().asc().list().stream().findFirst());
    }
}
