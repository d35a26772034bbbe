package org.casecoordination.tasklist;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * One task by its id, with the business key of its process instance (the case number, also for a task of a called
 * service arrangement), read the way the engine's own task commands read it: by primary key, with the engine's
 * read check. A TaskQuery by id gives the same task but renders its large dynamic SQL on every call, which cost
 * more than the rest of finding the task; every claim and completion starts here.
 */
record TaskById(String taskId) implements Command<TaskById.Found> {

    /** The task, and the business key of its process instance (null outside a process). */
    record Found(Task task, String businessKey) {
    }

    @Override
    public Found execute(CommandContext commandContext) {
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return null;
        }
        for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkReadTask(task);
        }
        ExecutionEntity instance = task.getProcessInstanceId() == null ? null
                : commandContext.getExecutionManager().findExecutionById(task.getProcessInstanceId());
        return new Found(task, instance == null ? null : instance.getBusinessKey());
    }
}
