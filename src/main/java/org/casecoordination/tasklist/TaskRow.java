package org.casecoordination.tasklist;

import java.time.Instant;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.tasklist.readmodel.TaskListRow;

/** One line of a task list: the task and enough of its case to recognise it; {@code alert} makes it red. */
public record TaskRow(String id, String name, String taskDefinitionKey, String caseNumber, String clientName,
        Instant created, Instant due, int priority, String assignee, CaseStage stage, Acuity acuity,
        TaskAlert alert) {

    /** @param name the task's name in the reader's language */
    static TaskRow of(TaskListRow row, String name) {
        return new TaskRow(row.taskId(), name, row.taskDefinitionKey(), row.caseNumber(),
                row.clientName(), row.createdAt(), row.dueDate(), row.priority(), row.assignee(), row.stage(),
                row.acuity(), row.alert());
    }

    public boolean isOverdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
