package org.casecoordination.assessment.acuity;

import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A priority an analyst wrote on a user task in the diagram (camunda:priority, e.g. the urgent safety response):
 * such a task keeps it, whatever the case's acuity.
 */
final class DiagramPriority {

    static Optional<Integer> of(DelegateTask task) {
        return declared(task.getBpmnModelElementInstance());
    }

    /** For a task already created: read from the (cached) model of its process version. */
    static Optional<Integer> of(Task task, RepositoryService repositoryService) {
        return declared(repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey()));
    }

    private static Optional<Integer> declared(UserTask userTask) {
        if (userTask == null || userTask.getCamundaPriority() == null || userTask.getCamundaPriority().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(userTask.getCamundaPriority().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an expression: the engine evaluated it when the task was created
        }
    }

    private DiagramPriority() {
    }
}
