package org.casecoordination.tasklist.draft;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops every draft of a task that completes or goes away, whichever path does it (this app, Camunda's Tasklist,
 * /engine-rest, a boundary event, a case closed early, a cleanup), in the engine's transaction: answers about a
 * client are not kept longer than the task they were typed for. One plain statement: the repository's JPQL delete
 * was translated by Hibernate on every task's end (about 2 % of the app's CPU in the lifecycle benchmark), and
 * drafts are written in requests of their own, never earlier in a completion's transaction.
 */
@Component
class DraftsOfFinishedTasks {

    private final NamedParameterJdbcTemplate jdbc;

    DraftsOfFinishedTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void onTaskEnd(DelegateTask task) {
        String event = task.getEventName();
        if (TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event)) {
            jdbc.update("delete from task_draft where task_id = :taskId", Map.of("taskId", task.getId()));
        }
    }
}
