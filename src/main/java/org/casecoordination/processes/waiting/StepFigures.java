package org.casecoordination.processes.waiting;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The raw figures of each step of one process version, computed in one SQL query on the engine's history of
 * activities, grouped by activity: no precomputed table, so the figures have no lag and need no job. The query reads
 * the history's own index on the process definition; {@code PERCENTILE_CONT ... WITHIN GROUP} is standard SQL that
 * H2 2.x and PostgreSQL both compute. Raw counts never leave this package: {@link Deidentified} turns them into what
 * people may read.
 */
@Component
class StepFigures {

    private final JdbcTemplate jdbc;
    private final ManagementService managementService;

    StepFigures(JdbcTemplate jdbc, ManagementService managementService) {
        this.jdbc = jdbc;
        this.managementService = managementService;
    }

    /**
     * @param activityId   the diagram's element
     * @param passed       cases that finished the step at least once
     * @param waiting      cases in the step now
     * @param medianMillis median time of a finished visit; null when none finished
     * @param p90Millis    90th percentile of the same
     */
    record Raw(String activityId, long passed, long waiting, Double medianMillis, Double p90Millis) {
    }

    List<Raw> of(String processDefinitionId) {
        return of(jdbc, managementService.getTableName(HistoricActivityInstance.class), processDefinitionId);
    }

    /** The query on a table shaped like the engine's history of activities (tests run it on H2 and PostgreSQL). */
    static List<Raw> of(JdbcTemplate jdbc, String table, String processDefinitionId) {
        String sql = "select ACT_ID_,"
                + " count(distinct case when END_TIME_ is not null then PROC_INST_ID_ end) as passed,"
                + " count(distinct case when END_TIME_ is null then PROC_INST_ID_ end) as waiting,"
                + " percentile_cont(0.5) within group (order by DURATION_) as median,"
                + " percentile_cont(0.9) within group (order by DURATION_) as p90"
                + " from " + table + " where PROC_DEF_ID_ = ? group by ACT_ID_";
        return jdbc.query(sql, (row, i) -> new Raw(row.getString(1), row.getLong(2), row.getLong(3),
                number(row.getObject(4)), number(row.getObject(5))), processDefinitionId);
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }
}
