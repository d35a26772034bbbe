package org.casecoordination.tasklist.readmodel;

import org.casecoordination.processes.ProcessInstancesMigrated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The rows of tasks whose process moved to another version are rewritten (new names, new version). */
@Component
class MigratedTaskRows {

    private final TaskListMaintenance taskList;

    MigratedTaskRows(TaskListMaintenance taskList) {
        this.taskList = taskList;
    }

    /** In the transaction that recorded the move (a plain listener, not after commit). */
    @EventListener
    void on(ProcessInstancesMigrated migrated) {
        taskList.resync(migrated.processInstanceIds());
    }
}
