package org.casecoordination.security.audit;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.casecoordination.security.audit.RecordLookup.TaskFacts;

/**
 * The audit's facts about a task, read by primary keys without the caller's authorization: an open task and the
 * business key of its process instance (the case number, also for a called arrangement), else the completed task
 * and its instance in the history. Null for an id the engine does not know.
 */
record TaskCase(String taskId) implements Command<TaskFacts> {

    @Override
    public TaskFacts execute(CommandContext commandContext) {
        TaskEntity open = commandContext.getTaskManager().findTaskById(taskId);
        if (open != null) {
            ExecutionEntity instance = open.getProcessInstanceId() == null ? null
                    : commandContext.getExecutionManager().findExecutionById(open.getProcessInstanceId());
            return new TaskFacts(instance == null ? null : instance.getBusinessKey(), open.getAssignee());
        }
        HistoricTaskInstanceEntity done = commandContext.getHistoricTaskInstanceManager()
                .findHistoricTaskInstanceById(taskId);
        if (done == null) {
            return null;
        }
        HistoricProcessInstanceEntity instance = done.getProcessInstanceId() == null ? null
                : commandContext.getHistoricProcessInstanceManager().findHistoricProcessInstance(done.getProcessInstanceId());
        return new TaskFacts(instance == null ? null : instance.getBusinessKey(), null);
    }
}
