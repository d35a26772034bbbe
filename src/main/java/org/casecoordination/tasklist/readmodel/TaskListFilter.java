package org.casecoordination.tasklist.readmodel;

import java.util.regex.Pattern;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;

/**
 * What a coordinator narrowed the list to. The search is a case number (CC-2026-000123, any case) or the start of
 * the client's name, last name first ("Miller", "Miller Jo").
 */
public record TaskListFilter(String search, CaseStage stage, Acuity acuity, boolean overdue, TaskListSort sort) {

    public static final int MAX_SEARCH_LENGTH = 100;
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)CC-\\d{4}-\\d+");

    public static final TaskListFilter NONE = new TaskListFilter(null, null, null, false, TaskListSort.DUE);

    public TaskListFilter {
        search = search == null || search.isBlank() ? null : TaskListRow.searchable(search);
        sort = sort == null ? TaskListSort.DUE : sort;
    }

    public boolean isSearch() {
        return search != null;
    }

    public boolean searchesCaseNumber() {
        return search != null && CASE_NUMBER.matcher(search).matches();
    }

    public boolean narrows() {
        return search != null || stage != null || acuity != null || overdue;
    }
}
