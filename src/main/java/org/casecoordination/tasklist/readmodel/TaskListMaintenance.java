package org.casecoordination.tasklist.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.casecoordination.tasklist.readmodel.ConsistencyReport.CountMismatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery for the task list read model: compare it with the engine, or rebuild it from the engine's state. The
 * rebuild replaces every row and count in one transaction; run it when few people work (a task changed during
 * the rebuild can make it fail, and then it is simply run again), and check afterwards.
 */
@Service
public class TaskListMaintenance {

    private static final Logger log = LoggerFactory.getLogger(TaskListMaintenance.class);

    private final EngineTaskRows engine;
    private final TaskListTable table;

    TaskListMaintenance(EngineTaskRows engine, TaskListTable table) {
        this.engine = engine;
        this.table = table;
    }

    /** Returns the number of rows written. */
    @Transactional
    public int rebuild() {
        long started = System.nanoTime();
        Map<String, TaskListRow> rows = engine.rows();
        table.deleteAllRows();
        List<TaskListRow> all = new ArrayList<>(rows.values());
        for (int from = 0; from < all.size(); from += 1_000) {
            table.insertAll(all.subList(from, Math.min(all.size(), from + 1_000)));
        }
        table.replaceCounts(EngineTaskRows.counts(all));
        log.info("Task list rebuilt from the engine: {} rows in {} ms", all.size(),
                (System.nanoTime() - started) / 1_000_000);
        return all.size();
    }

    /**
     * Rewrites the rows of these process instances' tasks from the engine: after a migration a task may have a new
     * activity id or name, and the engine tells no task listener about it. Joins the caller's transaction.
     *
     * @return the number of rows inserted, changed or deleted
     */
    @Transactional
    public int resync(Collection<String> processInstanceIds) {
        Map<String, TaskListRow> expected = engine.rowsOf(processInstanceIds);
        Map<String, TaskListRow> stored = table.rowsOfInstances(processInstanceIds);
        SortedMap<String, Long> countChanges = new TreeMap<>();
        int changed = 0;
        for (TaskListRow row : stored.values()) {
            if (!expected.containsKey(row.taskId())) {
                table.delete(row.taskId());
                add(countChanges, row.listKey(), -1);
                changed++;
            }
        }
        for (TaskListRow row : expected.values()) {
            TaskListRow before = stored.get(row.taskId());
            if (before == null) {
                table.insert(row);
            } else if (!row.differencesFrom(before).isEmpty()) {
                table.update(row);
                add(countChanges, before.listKey(), -1);
            } else {
                continue;
            }
            add(countChanges, row.listKey(), 1);
            changed++;
        }
        table.addToCounts(countChanges);
        return changed;
    }

    private static void add(Map<String, Long> counts, String listKey, long delta) {
        if (listKey != null) {
            counts.merge(listKey, delta, Long::sum);
        }
    }

    @Transactional(readOnly = true)
    public ConsistencyReport check() {
        Map<String, TaskListRow> expected = engine.rows();
        Map<String, TaskListRow> stored = new HashMap<>();
        table.forEachRow(row -> stored.put(row.taskId(), row));
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> different = new LinkedHashMap<>();
        expected.forEach((taskId, row) -> {
            TaskListRow actual = stored.get(taskId);
            if (actual == null) {
                missing.add(taskId);
            } else if (!row.differencesFrom(actual).isEmpty()) {
                different.put(taskId, row.differencesFrom(actual));
            }
        });
        List<String> extra = stored.keySet().stream().filter(id -> !expected.containsKey(id)).sorted().toList();
        ConsistencyReport report = new ConsistencyReport(expected.size(), stored.size(), missing, extra, different,
                countMismatches(EngineTaskRows.counts(expected.values()), table.allCounts()));
        log.info("Task list check: {}", report.summary());
        return report;
    }

    private static Map<String, CountMismatch> countMismatches(Map<String, Long> expected, Map<String, Long> stored) {
        Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(stored.keySet());
        Map<String, CountMismatch> mismatches = new TreeMap<>();
        keys.forEach(key -> {
            long want = expected.getOrDefault(key, 0L);
            long have = stored.getOrDefault(key, 0L);
            if (want != have) {
                mismatches.put(key, new CountMismatch(want, have));
            }
        });
        return mismatches;
    }
}
