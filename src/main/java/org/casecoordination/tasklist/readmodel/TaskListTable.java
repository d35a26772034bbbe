package org.casecoordination.tasklist.readmodel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.casecoordination.tasklist.TaskAlert;

/**
 * SQL on task_list_row and task_list_count (V10). Plain JDBC: rows are written from task events at commit time
 * and read a page at a time, with no entity state to keep in step.
 */
@Repository
public class TaskListTable {

    private static final String COLUMNS = "task_id, task_name, task_definition_key, process_instance_id, case_id, "
            + "case_number, client_name, name_key, team, candidate_group, assignee, owner, list_key, stage, acuity, "
            + "acuity_rank, due_date, priority, created_at, alert_rank";
    private static final String INSERT = "insert into task_list_row (" + COLUMNS + ") values (:taskId, :taskName, "
            + ":taskDefinitionKey, :processInstanceId, :caseId, :caseNumber, :clientName, :nameKey, :team, "
            + ":candidateGroup, :assignee, :owner, :listKey, :stage, :acuity, :acuityRank, :dueDate, :priority, "
            + ":createdAt, :alertRank)";
    private static final String UPDATE = "update task_list_row set task_name = :taskName, task_definition_key = "
            + ":taskDefinitionKey, process_instance_id = :processInstanceId, case_id = :caseId, case_number = "
            + ":caseNumber, client_name = :clientName, name_key = :nameKey, team = :team, candidate_group = "
            + ":candidateGroup, assignee = :assignee, owner = :owner, list_key = :listKey, stage = :stage, acuity = "
            + ":acuity, acuity_rank = :acuityRank, due_date = :dueDate, priority = :priority, created_at = :createdAt, "
            + "alert_rank = :alertRank where task_id = :taskId";
    private static final String ADD_TO_COUNT = "update task_list_count set open_tasks = open_tasks + :delta "
            + "where list_key = :listKey";
    private static final String CREATE_COUNT = "insert into task_list_count (list_key, open_tasks) values (?, 0)";
    /** SQLSTATE of a unique-key violation, in H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final NamedParameterJdbcTemplate jdbc;

    TaskListTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TaskListRow row) {
        jdbc.update(INSERT, parameters(row));
    }

    public void insertAll(Collection<TaskListRow> rows) {
        jdbc.batchUpdate(INSERT, rows.stream().map(TaskListTable::parameters).toArray(MapSqlParameterSource[]::new));
    }

    public void update(TaskListRow row) {
        jdbc.update(UPDATE, parameters(row));
    }

    public void delete(String taskId) {
        jdbc.update("delete from task_list_row where task_id = :taskId", Map.of("taskId", taskId));
    }

    /** The list each of these tasks is on now; tasks without a row are absent from the map (present means null list). */
    public Map<String, String> listKeysOf(Collection<String> taskIds) {
        Map<String, String> keys = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.query("select task_id, list_key from task_list_row where task_id in (:ids)", Map.of("ids", taskIds),
                    (ResultSet rs) -> {
                        keys.put(rs.getString("task_id"), rs.getString("list_key"));
                    });
        }
        return keys;
    }

    /**
     * The case's own facts on all its rows: its stage, owner, acuity or flags may have moved with this transaction.
     * Rows that show them already are left alone: most task events change none of them, and a row rewritten for
     * nothing still costs its seven index entries at commit. A row's alert is the case's or its task's own
     * (a crisis or safety task), whichever is more urgent.
     */
    public void refreshCase(CaseFacts careCase) {
        jdbc.update("update task_list_row set case_number = :caseNumber, client_name = :clientName, "
                + "name_key = :nameKey, team = :team, owner = :owner, stage = :stage, acuity = :acuity, "
                + "acuity_rank = :acuityRank, alert_rank = " + ROW_ALERT_RANK + " where case_id = :caseId "
                + "and (case_number <> :caseNumber "
                + "or client_name <> :clientName or name_key <> :nameKey or team <> :team "
                + "or owner is distinct from :owner or stage <> :stage or acuity is distinct from :acuity "
                + "or acuity_rank <> :acuityRank or alert_rank <> " + ROW_ALERT_RANK + ")", new MapSqlParameterSource()
                .addValue("caseAlertRank", careCase.alertRank())
                .addValue("crisisTasks", TaskAlert.CRISIS.ownTasks())
                .addValue("safetyTasks", TaskAlert.SAFETY.ownTasks())
                .addValue("caseId", careCase.id())
                .addValue("caseNumber", careCase.caseNumber())
                .addValue("clientName", careCase.clientName())
                .addValue("nameKey", careCase.nameKey())
                .addValue("team", careCase.team())
                .addValue("owner", careCase.owner())
                .addValue("stage", careCase.stage().name())
                .addValue("acuity", careCase.acuity() == null ? null : careCase.acuity().name())
                .addValue("acuityRank", TaskListRow.rankOf(careCase.acuity())));
    }

    /** The larger of the case's alert rank and the row's own task's (see {@link TaskAlert}). */
    private static final String ROW_ALERT_RANK = "greatest(:caseAlertRank, case when task_definition_key in "
            + "(:crisisTasks) then 2 when task_definition_key in (:safetyTasks) then 1 else 0 end)";
    /** The most urgent open flag of case c: 2 crisis, 1 safety, null without one. */
    private static final String CASE_ALERT_RANK = "(select max(case when f.kind = 'CRISIS' then 2 else 1 end) "
            + "from case_flag f where f.case_id = c.id and f.resolved_at is null)";

    /** By case id, the cases with an open flag only: the rank of their most urgent flag. */
    public Map<Long, Integer> caseAlertRanks(Collection<Long> caseIds) {
        Map<Long, Integer> ranks = new HashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.query("select c.id, " + CASE_ALERT_RANK + " as alert_rank from care_case c where c.id in (:ids)",
                    Map.of("ids", caseIds), (ResultSet rs) -> {
                        if (rs.getInt("alert_rank") > 0) {
                            ranks.put(rs.getLong("id"), rs.getInt("alert_rank"));
                        }
                    });
        }
        return ranks;
    }

    /** By task id, the alert of these tasks' rows; tasks without one (or without a row) are absent. */
    public Map<String, TaskAlert> alertsOf(Collection<String> taskIds) {
        Map<String, TaskAlert> alerts = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.query("select task_id, alert_rank from task_list_row where task_id in (:ids) and alert_rank > 0",
                    Map.of("ids", taskIds), (ResultSet rs) -> {
                        alerts.put(rs.getString("task_id"), TaskAlert.ofRank(rs.getInt("alert_rank")));
                    });
        }
        return alerts;
    }

    /** By case number; read with plain SQL, so pending JPA changes must be flushed first. */
    public Map<String, CaseFacts> caseFacts(Collection<String> caseNumbers) {
        Map<String, CaseFacts> facts = new HashMap<>();
        if (!caseNumbers.isEmpty()) {
            jdbc.query("select c.id, c.case_number, c.team, c.owner, c.stage, c.acuity, cl.first_name, cl.last_name, "
                    + CASE_ALERT_RANK + " as alert_rank from care_case c join client cl on cl.id = c.client_id where c.case_number in (:numbers)",
                    Map.of("numbers", caseNumbers), (ResultSet rs) -> {
                        String acuity = rs.getString("acuity");
                        String first = rs.getString("first_name");
                        String last = rs.getString("last_name");
                        facts.put(rs.getString("case_number"), new CaseFacts(rs.getLong("id"),
                                rs.getString("case_number"), first + " " + last, TaskListRow.nameKey(last, first),
                                rs.getString("team"), rs.getString("owner"), CaseStage.valueOf(rs.getString("stage")),
                                acuity == null ? null : Acuity.valueOf(acuity), rs.getInt("alert_rank")));
                    });
        }
        return facts;
    }

    public void updateAcuity(long caseId, Acuity acuity) {
        jdbc.update("update task_list_row set acuity = :acuity, acuity_rank = :rank where case_id = :caseId",
                new MapSqlParameterSource().addValue("caseId", caseId)
                        .addValue("acuity", acuity == null ? null : acuity.name())
                        .addValue("rank", TaskListRow.rankOf(acuity)));
    }

    /**
     * One page of one list. Without a search the ORDER BY matches an index, so the database reads just this page
     * (plus whatever a stage, acuity or overdue filter skips); a search uses the name or case number index.
     */
    public List<TaskListRow> page(String listKey, TaskListFilter filter, Instant now, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS)
                .append(" from task_list_row where list_key = :listKey");
        MapSqlParameterSource parameters = new MapSqlParameterSource("listKey", listKey);
        if (filter.searchesCaseNumber()) {
            sql.append(" and case_number = :caseNumber");
            parameters.addValue("caseNumber", filter.search());
        } else if (filter.isSearch()) {
            sql.append(" and name_key like :namePrefix escape '\\'");
            parameters.addValue("namePrefix", escapeLike(filter.search()) + "%");
        }
        if (filter.stage() != null) {
            sql.append(" and stage = :stage");
            parameters.addValue("stage", filter.stage().name());
        }
        if (filter.acuity() != null) {
            sql.append(" and acuity = :acuity");
            parameters.addValue("acuity", filter.acuity().name());
        }
        if (filter.overdue()) {
            sql.append(" and due_date < :now");
            parameters.addValue("now", timestamp(now));
        }
        sql.append(" order by ").append(filter.sort().orderBy(!filter.isSearch()))
                .append(" offset :offset rows fetch next :limit rows only");
        parameters.addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(sql.toString(), parameters, (rs, n) -> row(rs));
    }

    public void forEachRow(Consumer<TaskListRow> action) {
        jdbc.query("select " + COLUMNS + " from task_list_row", (ResultSet rs) -> {
            action.accept(row(rs));
        });
    }

    /** By task id: the rows of these process instances' tasks. */
    public Map<String, TaskListRow> rowsOfInstances(Collection<String> processInstanceIds) {
        Map<String, TaskListRow> rows = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            jdbc.query("select " + COLUMNS + " from task_list_row where process_instance_id in (:ids)",
                    Map.of("ids", processInstanceIds), (ResultSet rs) -> {
                        TaskListRow row = row(rs);
                        rows.put(row.taskId(), row);
                    });
        }
        return rows;
    }

    public void deleteAllRows() {
        jdbc.update("delete from task_list_row", Map.of());
    }

    // ---- counts

    /**
     * Applies count changes in list_key order: two transactions touching the same counts lock them in the same
     * order and cannot deadlock. Called at commit, so a count's row lock is held for milliseconds.
     */
    public void addToCounts(SortedMap<String, Long> deltas) {
        deltas.forEach((listKey, delta) -> {
            if (delta != 0) {
                MapSqlParameterSource change = new MapSqlParameterSource("listKey", listKey).addValue("delta", delta);
                if (jdbc.update(ADD_TO_COUNT, change) == 0) {
                    createCount(listKey);
                    jdbc.update(ADD_TO_COUNT, change);
                }
            }
        });
    }

    /**
     * A list's first task creates its count. Two first tasks at once both try (a MERGE too: both see no row and
     * both insert, and one failed with a duplicate key, a 500 on a fresh database); the loser's insert is undone
     * back to a savepoint, so its transaction goes on and adds to the winner's row.
     */
    private void createCount(String listKey) {
        jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(CREATE_COUNT)) {
                insert.setString(1, listKey);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                if (savepoint != null) {
                    connection.rollback(savepoint);
                    savepoint = null;
                }
            } finally {
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
            }
            return null;
        });
    }

    public long count(Collection<String> listKeys) {
        if (listKeys.isEmpty()) {
            return 0;
        }
        Long sum = jdbc.queryForObject("select coalesce(sum(open_tasks), 0) from task_list_count "
                + "where list_key in (:keys)", Map.of("keys", listKeys), Long.class);
        return sum == null ? 0 : sum;
    }

    /** The open tasks of each of these lists in one statement (a page's tabs); a list without a counter is absent. */
    public Map<String, Long> counts(Collection<String> listKeys) {
        Map<String, Long> counts = new HashMap<>();
        if (listKeys.isEmpty()) {
            return counts;
        }
        jdbc.query("select list_key, open_tasks from task_list_count where list_key in (:keys)",
                Map.of("keys", listKeys), (ResultSet rs) -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        return counts;
    }

    /** Every list with tasks on it (lists that emptied keep a zero). */
    public Map<String, Long> allCounts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select list_key, open_tasks from task_list_count where open_tasks <> 0", (ResultSet rs) -> {
            counts.put(rs.getString("list_key"), rs.getLong("open_tasks"));
        });
        return counts;
    }

    public void replaceCounts(Map<String, Long> counts) {
        jdbc.update("delete from task_list_count", Map.of());
        jdbc.batchUpdate("insert into task_list_count (list_key, open_tasks) values (:listKey, :count)",
                counts.entrySet().stream().map(entry -> new MapSqlParameterSource("listKey", entry.getKey())
                        .addValue("count", entry.getValue())).toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource parameters(TaskListRow row) {
        return new MapSqlParameterSource()
                .addValue("taskId", row.taskId())
                .addValue("taskName", row.taskName())
                .addValue("taskDefinitionKey", row.taskDefinitionKey())
                .addValue("processInstanceId", row.processInstanceId())
                .addValue("caseId", row.caseId())
                .addValue("caseNumber", row.caseNumber())
                .addValue("clientName", row.clientName())
                .addValue("nameKey", row.nameKey())
                .addValue("team", row.team())
                .addValue("candidateGroup", row.candidateGroup())
                .addValue("assignee", row.assignee())
                .addValue("owner", row.owner())
                .addValue("listKey", row.listKey())
                .addValue("stage", row.stage().name())
                .addValue("acuity", row.acuity() == null ? null : row.acuity().name())
                .addValue("acuityRank", row.acuityRank())
                .addValue("dueDate", timestamp(row.dueDate()))
                .addValue("priority", row.priority())
                .addValue("createdAt", timestamp(row.createdAt()))
                .addValue("alertRank", row.alertRank());
    }

    private static TaskListRow row(ResultSet rs) throws SQLException {
        String acuity = rs.getString("acuity");
        return new TaskListRow(rs.getString("task_id"), rs.getString("task_name"),
                rs.getString("task_definition_key"), rs.getString("process_instance_id"), rs.getLong("case_id"),
                rs.getString("case_number"), rs.getString("client_name"), rs.getString("name_key"),
                rs.getString("team"), rs.getString("candidate_group"), rs.getString("assignee"),
                rs.getString("owner"), rs.getString("list_key"), CaseStage.valueOf(rs.getString("stage")),
                acuity == null ? null : Acuity.valueOf(acuity), instant(rs, "due_date"), rs.getInt("priority"),
                instant(rs, "created_at"), rs.getInt("alert_rank"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
