package org.casecoordination.tasklist.readmodel;

import java.util.Comparator;

/**
 * The orders the list offers, each after the crisis and safety rows. Each has an index of the same columns (V44), and the same order in Java for merging
 * several queues (a supervisor of two teams) page by page. Words: taskList.sort.CODE in the message bundles.
 */
public enum TaskListSort {
    DUE(""),
    PRIORITY("priority desc, "),
    ACUITY("acuity_rank desc, ");

    private static final String TIE_BREAKERS = "due_date nulls last, created_at, task_id";

    /** Crisis, then safety, then the rest, in every sort (V44). */
    private static final String ALERTS_FIRST = "alert_rank desc, ";
    private static final Comparator<TaskListRow> ALERTS_FIRST_ORDER =
            Comparator.comparing(TaskListRow::alertRank).reversed();

    private static final Comparator<TaskListRow> BY_DUE = Comparator
            .comparing(TaskListRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskListRow::createdAt).thenComparing(TaskListRow::taskId);

    private final String leadingColumns;

    TaskListSort(String leadingColumns) {
        this.leadingColumns = leadingColumns;
    }

    /**
     * The ORDER BY. Led by list_key (constant within one list) it matches an index exactly, so H2 reads the page in
     * index order; without it (for a search) the database picks the search index and sorts the few matches.
     */
    String orderBy(boolean leadWithListKey) {
        return (leadWithListKey ? "list_key, " : "") + ALERTS_FIRST + leadingColumns + TIE_BREAKERS;
    }

    public Comparator<TaskListRow> comparator() {
        return ALERTS_FIRST_ORDER.thenComparing(switch (this) {
            case DUE -> BY_DUE;
            case PRIORITY -> Comparator.comparing(TaskListRow::priority).reversed().thenComparing(BY_DUE);
            case ACUITY -> Comparator.comparing(TaskListRow::acuityRank).reversed().thenComparing(BY_DUE);
        });
    }
}
