package org.casecoordination.tasklist;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whoever assigns a supervisors' task, by whichever path (this app, Tasklist, /engine-rest, the Java API, a
 * supervisor reassigning it), it goes only to a supervisor of the case's team: the engine's assignment event
 * refuses anyone else and the whole change is rolled back.
 */
@Component
class SupervisorTaskAssignment {

    private final SupervisorTasks supervisorTasks;

    SupervisorTaskAssignment(SupervisorTasks supervisorTasks) {
        this.supervisorTasks = supervisorTasks;
    }

    @EventListener
    public void onAssignment(DelegateTask task) {
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || task.getAssignee() == null
                || !SupervisorTasks.isForSupervisors(task.getCandidates())) {
            return;
        }
        Object team = task.getExecution() == null ? null
                : task.getExecution().getVariable(CaseLifecycleProcess.Variables.TEAM);
        if (!supervisorTasks.isSupervisorOf(task.getAssignee(), team == null ? null : team.toString())) {
            throw new AuthorizationException(supervisorTasks.assigneeRefusal(task.getName()));
        }
    }
}
