package org.casecoordination.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Open tasks past their due time now (not the period), by the stage of their case, from the task list's own table
 * (the engine's task query is too slow at scale).
 */
@Component
class OverdueTasks implements Measure {

    private final ReportQueries queries;
    private final Words words;

    OverdueTasks(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "overdueTasks";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, t.stage from task_list_row t join " + ReportQueries.CASES
                + " on c.id = t.case_id where " + queries.scope(filter, params)
                + " and t.team = :team and t.due_date < :now";
        params.addValue("now", ReportQueries.timestamp(Instant.now()));
        Map<CaseStage, Long> tasks = new EnumMap<>(CaseStage.class);
        Map<CaseStage, Set<Long>> cases = new EnumMap<>(CaseStage.class);
        queries.jdbc().query(sql, params, rs -> {
            CaseStage stage = CaseStage.valueOf(rs.getString("stage"));
            tasks.merge(stage, 1L, Long::sum);
            cases.computeIfAbsent(stage, s -> new LinkedHashSet<>()).add(rs.getLong("id"));
        });
        List<MeasureRow> rows = new ArrayList<>();
        cases.forEach((stage, ids) -> rows.add(new MeasureRow(stage.name(), words.label(stage), List.of(
                Figure.weighted("tasks", tasks.get(stage), ids), Figure.count("cases", ids)))));
        return new MeasureTable(key(), List.of("tasks", "cases"), rows);
    }
}
