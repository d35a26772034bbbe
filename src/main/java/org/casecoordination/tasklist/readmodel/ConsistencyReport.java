package org.casecoordination.tasklist.readmodel;

import java.util.List;
import java.util.Map;

/**
 * How the read model differs from the engine: tasks without a row, rows without a task, rows whose columns
 * differ (by column name, never the values), and list counts that do not match their rows. Ids only: no client
 * data, so an administrator may read it.
 */
public record ConsistencyReport(int tasksInEngine, int rowsInTable, List<String> missing, List<String> extra,
        Map<String, List<String>> different, Map<String, CountMismatch> counts) {

    public boolean isConsistent() {
        return missing.isEmpty() && extra.isEmpty() && different.isEmpty() && counts.isEmpty();
    }

    public String summary() {
        return isConsistent() ? "consistent: " + tasksInEngine + " open tasks"
                : "%d missing, %d extra, %d different rows, %d wrong counts".formatted(missing.size(), extra.size(),
                        different.size(), counts.size());
    }

    public record CountMismatch(long expected, long stored) {
    }
}
