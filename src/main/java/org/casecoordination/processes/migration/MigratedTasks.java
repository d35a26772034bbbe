package org.casecoordination.processes.migration;

import java.util.Collection;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.casecoordination.security.AsApplication;
import org.springframework.stereotype.Component;

/**
 * The engine's migration gives a waiting task its new activity id but keeps the old version's name (verified in
 * 7.24: MigratingUserTaskInstance sets only the definition id and key). A task the analyst renamed shows its new
 * name once its case has moved; names with an expression are left as the engine worked them out.
 */
@Component
class MigratedTasks {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final AsApplication asApplication;

    MigratedTasks(TaskService taskService, RepositoryService repositoryService, AsApplication asApplication) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.asApplication = asApplication;
    }

    void renameAsInTheirVersion(Collection<String> processInstanceIds) {
        asApplication.run(() -> {
            for (Task task : taskService.createTaskQuery()
                    .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list()) {
                String name = nameIn(repositoryService.getBpmnModelInstance(task.getProcessDefinitionId()),
                        task.getTaskDefinitionKey());
                if (name != null && !name.equals(task.getName())) {
                    task.setName(name);
                    taskService.saveTask(task);
                }
            }
            return null;
        });
    }

    private static String nameIn(BpmnModelInstance model, String taskDefinitionKey) {
        if (taskDefinitionKey != null && model.getModelElementById(taskDefinitionKey) instanceof UserTask userTask) {
            String name = userTask.getName();
            return name == null || name.isBlank() || name.contains("${") || name.contains("#{") ? null : name;
        }
        return null;
    }
}
