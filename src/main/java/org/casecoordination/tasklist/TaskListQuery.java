package org.casecoordination.tasklist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.tasklist.readmodel.ListKeys;
import org.casecoordination.tasklist.readmodel.TaskListFilter;
import org.casecoordination.tasklist.readmodel.TaskListRow;
import org.casecoordination.tasklist.readmodel.TaskListTable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My tasks", "Team queue" and the supervisors' "Approvals", a page at a time, from the task list read model
 * (tasklist/readmodel): one index range per list, however many open cases there are. Counts come from counters kept with the rows.
 */
@Service
public class TaskListQuery {

    public static final int PAGE_SIZE = 20;
    /** 20,000 tasks deep: beyond that, search. Keeps a merged read of several queues bounded. */
    static final int MAX_PAGE = 1_000;

    private final TaskListTable table;
    private final ActivityNames activityNames;

    TaskListQuery(TaskListTable table, ActivityNames activityNames) {
        this.table = table;
        this.activityNames = activityNames;
    }

    /** My tasks, of my teams' cases only: a task that reached me outside my teams shows nothing (minimum necessary). */
    @Transactional(readOnly = true)
    public Slice<TaskRow> myTasks(String userId, List<String> teams, TaskListFilter filter, int page) {
        if (teams.isEmpty()) {
            return empty(page);
        }
        return page(List.of(ListKeys.user(userId)), filter, page).map(this::named, rows -> rows
                .filter(row -> teams.contains(row.team())));
    }

    /**
     * Unassigned tasks whose candidate group is one of mine (my teams, or a role group a step is offered to), of my
     * teams' cases only.
     */
    @Transactional(readOnly = true)
    public Slice<TaskRow> teamQueue(List<String> groups, List<String> teams, TaskListFilter filter, int page) {
        if (teams.isEmpty()) {
            return empty(page);
        }
        return page(groups.stream().map(ListKeys::group).toList(), filter, page).map(this::named, rows -> rows
                .filter(row -> teams.contains(row.team())));
    }

    /**
     * "Approvals": the supervisors' queue of each team I supervise: unassigned tasks only supervisors may complete
     * (closure and placement approvals, escalations). Empty for anyone who is no supervisor.
     */
    @Transactional(readOnly = true)
    public Slice<TaskRow> approvals(List<String> groups, List<String> teams, TaskListFilter filter, int page) {
        List<String> keys = supervisorQueues(groups, teams);
        return keys.isEmpty() ? empty(page) : page(keys, filter, page).map(this::named, rows -> rows);
    }

    public long countApprovals(List<String> groups, List<String> teams) {
        return table.count(supervisorQueues(groups, teams));
    }

    private static List<String> supervisorQueues(List<String> groups, List<String> teams) {
        return teams.stream().filter(team -> SupervisorTasks.supervises(groups, team)).map(ListKeys::supervisorsOf)
                .toList();
    }

    public long countMine(String userId, List<String> teams) {
        return teams.isEmpty() ? 0 : table.count(List.of(ListKeys.user(userId)));
    }

    public long countTeamQueue(List<String> groups, List<String> teams) {
        return teams.isEmpty() ? 0 : table.count(groups.stream().map(ListKeys::group).toList());
    }

    /** The tabs' counters: My tasks, Team queue and (for a supervisor) Approvals, else null. */
    public record TabCounts(long mine, long team, Long approvals) {
    }

    /**
     * The three tabs' counters read together, one statement for the page (each list's count alone is the same
     * sum as {@link #countMine}, {@link #countTeamQueue} and {@link #countApprovals}).
     */
    public TabCounts tabCounts(String userId, List<String> groups, List<String> teams, boolean supervisor) {
        List<String> mine = teams.isEmpty() ? List.of() : List.of(ListKeys.user(userId));
        List<String> team = teams.isEmpty() ? List.of() : groups.stream().map(ListKeys::group).toList();
        List<String> approvals = supervisor ? supervisorQueues(groups, teams) : List.of();
        Map<String, Long> counts = table.counts(Stream.of(mine, team, approvals).flatMap(List::stream)
                .collect(Collectors.toSet()));
        return new TabCounts(sum(counts, mine), sum(counts, team), supervisor ? sum(counts, approvals) : null);
    }

    private static long sum(Map<String, Long> counts, List<String> keys) {
        return keys.stream().mapToLong(key -> counts.getOrDefault(key, 0L)).sum();
    }

    /** The crisis or safety alert of these open tasks (a supervisor's view of someone's tasks); others absent. */
    @Transactional(readOnly = true)
    public Map<String, TaskAlert> alertsOf(Collection<String> taskIds) {
        return table.alertsOf(taskIds);
    }

    private PageOfRows page(List<String> listKeys, TaskListFilter filter, int page) {
        int number = Math.min(Math.max(page, 0), MAX_PAGE);
        int offset = number * PAGE_SIZE;
        Instant now = Instant.now();
        List<TaskListRow> rows;
        if (listKeys.size() == 1) {
            rows = table.page(listKeys.get(0), filter, now, offset, PAGE_SIZE + 1);
        } else {
            // several queues (a supervisor of two teams): each read in index order up to this page, then merged
            rows = listKeys.stream()
                    .flatMap(key -> table.page(key, filter, now, 0, offset + PAGE_SIZE + 1).stream())
                    .sorted(filter.sort().comparator())
                    .skip(offset).limit(PAGE_SIZE + 1).toList();
        }
        return new PageOfRows(number, rows);
    }

    /**
     * The rows with each task's name in the reader's language, from its process version's names (the read model
     * keeps the instance, not the version: one query for the page).
     */
    private List<TaskRow> named(List<TaskListRow> rows) {
        Map<String, String> definitions = activityNames.definitionsOf(rows.stream()
                .map(TaskListRow::processInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> TaskRow.of(row, activityNames.name(definitions.get(row.processInstanceId()),
                row.taskDefinitionKey(), row.taskName()))).toList();
    }

    private static Slice<TaskRow> empty(int page) {
        return new SliceImpl<>(List.of(), PageRequest.of(Math.min(Math.max(page, 0), MAX_PAGE), PAGE_SIZE), false);
    }

    /** One more row than the page is read, to know whether there is a next page without counting. */
    private record PageOfRows(int number, List<TaskListRow> rows) {
        Slice<TaskRow> map(Function<List<TaskListRow>, List<TaskRow>> named,
                Function<Stream<TaskListRow>, Stream<TaskListRow>> visible) {
            boolean hasNext = rows.size() > PAGE_SIZE;
            List<TaskRow> content = named.apply(visible.apply(rows.stream().limit(PAGE_SIZE)).toList());
            return new SliceImpl<>(content, PageRequest.of(number, PAGE_SIZE), hasNext);
        }
    }
}
