package org.casecoordination.tasklist.readmodel;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** What the engine knows about an open task that the list needs, from a task event or from a task query. */
public record TaskFacts(String id, String name, String taskDefinitionKey, String processInstanceId,
        String assignee, Set<String> candidateGroups, Instant dueDate, int priority, Instant createdAt) {

    /** Read when the transaction commits, so that changes made after the event (due date, priority) count. */
    static TaskFacts of(DelegateTask task, Set<String> candidateGroups) {
        return new TaskFacts(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                task.getAssignee(), candidateGroups, instant(task.getDueDate()), task.getPriority(),
                instant(task.getCreateTime()));
    }

    static TaskFacts of(Task task, Set<String> candidateGroups) {
        return new TaskFacts(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                task.getAssignee(), candidateGroups, instant(task.getDueDate()), task.getPriority(),
                instant(task.getCreateTime()));
    }

    static Set<String> candidateGroups(Collection<? extends IdentityLink> links) {
        Set<String> groups = new TreeSet<>();
        links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        return groups;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
