package org.casecoordination.assessment.acuity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new task of a case whose acuity has been decided gets the acuity's priority (the decision's taskPriority)
 * instead of the urgency priority the task list gives it; a priority written in the diagram (the safety response)
 * wins over both.
 * <p>
 * The task list's urgency priority is set by a later create listener ({@link TaskCreateOrder}), and a diagram's
 * priority only counts once the task is complete; the acuity's priority is therefore applied when the engine
 * command closes, after every create listener and before the task is written.
 */
@Component
class AcuityTaskPriority {

    @EventListener
    @Order(TaskCreateOrder.ACUITY_PRIORITY)
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Integer priority = DiagramPriority.of(task).orElseGet(() -> acuityPriority(task));
        if (priority == null) {
            return;
        }
        Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext commandContext) {
                task.setPriority(priority);
            }

            @Override
            public void onCommandFailed(CommandContext commandContext, Throwable t) {
                // nothing was written
            }
        });
    }

    private static Integer acuityPriority(DelegateTask task) {
        if (task.getExecution() == null) {
            return null;
        }
        return task.getExecution().getVariable(Variables.TASK_PRIORITY) instanceof Number priority
                ? priority.intValue() : null;
    }
}
