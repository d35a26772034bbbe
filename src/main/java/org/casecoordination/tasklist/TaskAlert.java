package org.casecoordination.tasklist;

import java.util.Set;
import org.casecoordination.processes.CaseLifecycleProcess;

/**
 * Why a task list row is red and sorts first: a crisis or a safety concern, either the task itself (the urgent
 * response and its escalation) or any task of a case whose crisis or safety flag is still open. Stored as a rank
 * (task_list_row.alert_rank, see tasklist/readmodel): the more urgent wins.
 */
public enum TaskAlert {
    SAFETY(1, Set.of(CaseLifecycleProcess.TASK_SAFETY_RESPONSE, CaseLifecycleProcess.TASK_SAFETY_ESCALATION)),
    CRISIS(2, Set.of(CaseLifecycleProcess.TASK_CRISIS_RESPONSE, CaseLifecycleProcess.TASK_CRISIS_ESCALATION));

    private final int rank;
    private final Set<String> ownTasks;

    TaskAlert(int rank, Set<String> ownTasks) {
        this.rank = rank;
        this.ownTasks = ownTasks;
    }

    public int rank() {
        return rank;
    }

    /** The task definition keys that are this alert's own response tasks. */
    public Set<String> ownTasks() {
        return ownTasks;
    }

    /** The alert of a rank; null for 0. */
    public static TaskAlert ofRank(int rank) {
        for (TaskAlert alert : values()) {
            if (alert.rank == rank) {
                return alert;
            }
        }
        return null;
    }

    /** 2 for a crisis task, 1 for a safety task, 0 for any other. */
    public static int rankOfTask(String taskDefinitionKey) {
        for (TaskAlert alert : values()) {
            if (alert.ownTasks.contains(taskDefinitionKey)) {
                return alert.rank;
            }
        }
        return 0;
    }

}
