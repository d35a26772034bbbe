package org.casecoordination.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.readmodel.TaskListFilter;
import org.casecoordination.tasklist.readmodel.TaskListSort;

/**
 * The filter form above the task list, as typed (query parameters). A value the list does not know is reported
 * next to its field and left out, instead of failing the whole page.
 */
public class TaskListFilterForm {

    private String q;
    private String stage;
    private String acuity;
    private String sort;
    private boolean overdue;

    /** Field name to message, for the fields that were not understood. */
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The filter; the messages of what was not understood are written in the request's language. */
    TaskListFilter toFilter(Words words) {
        errors.clear();
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > TaskListFilter.MAX_SEARCH_LENGTH) {
            errors.put("q", words.text("taskList.filter.tooLong", TaskListFilter.MAX_SEARCH_LENGTH));
            search = null;
        }
        return new TaskListFilter(search,
                parse("stage", stage, CaseStage.class, words.text("taskList.filter.unknownStage")),
                parse("acuity", acuity, Acuity.class, words.text("taskList.filter.unknownAcuity")), overdue,
                parse("sort", sort, TaskListSort.class, words.text("taskList.filter.unknownSort")));
    }

    private <E extends Enum<E>> E parse(String field, String value, Class<E> type, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    public Map<String, String> getErrors() { return errors; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getAcuity() { return acuity; }
    public void setAcuity(String acuity) { this.acuity = acuity; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
