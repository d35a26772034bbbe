package org.casecoordination.tasklist.draft;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drops every draft of a task that completes or goes away, whichever path does it (this app, Camunda's Tasklist,
 * /engine-rest, a boundary event, a case closed early, a cleanup), in the engine's transaction: answers about a
 * client are not kept longer than the task they were typed for.
 */
@Component
class DraftsOfFinishedTasks {

    private final TaskDraftRepository drafts;

    DraftsOfFinishedTasks(TaskDraftRepository drafts) {
        this.drafts = drafts;
    }

    @EventListener
    public void onTaskEnd(DelegateTask task) {
        String event = task.getEventName();
        if (TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event)) {
            drafts.deleteByTaskId(task.getId());
        }
    }
}
