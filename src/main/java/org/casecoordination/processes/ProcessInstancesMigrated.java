package org.casecoordination.processes;

import java.util.List;

/**
 * Published, in the same transaction, after the open tasks of migrated process instances got their new version's
 * names: the task list rewrites their rows.
 */
public record ProcessInstancesMigrated(List<String> processInstanceIds) {

    public ProcessInstancesMigrated {
        processInstanceIds = List.copyOf(processInstanceIds);
    }
}
