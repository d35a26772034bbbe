package org.casecoordination.tasklist;

import java.time.Instant;

/** One line of a task list: the task and enough of its case to recognise it. */
public record TaskRow(String id, String name, String taskDefinitionKey, String caseNumber, String clientName,
        Instant created, Instant due, int priority, String assignee) {

    public boolean isOverdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
