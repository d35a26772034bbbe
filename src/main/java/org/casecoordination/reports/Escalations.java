package org.casecoordination.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Escalations raised in the period, from the case timeline: an overdue task that went to a supervisor, and a safety
 * response not made in time.
 */
@Component
class Escalations implements Measure {

    private final ReportQueries queries;
    private final Words words;

    Escalations(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "escalations";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, e.kind from timeline_entry e join " + ReportQueries.CASES
                + " on c.id = e.case_id where " + queries.scope(filter, params)
                + " and e.kind in ('TASK_ESCALATED', 'SAFETY_RESPONSE_ESCALATED')"
                + " and e.occurred_at >= :start and e.occurred_at < :end";
        Map<String, Long> raised = new TreeMap<>();
        Map<String, Set<Long>> cases = new TreeMap<>();
        queries.jdbc().query(sql, params, rs -> {
            raised.merge(rs.getString("kind"), 1L, Long::sum);
            cases.computeIfAbsent(rs.getString("kind"), k -> new LinkedHashSet<>()).add(rs.getLong("id"));
        });
        List<MeasureRow> rows = new ArrayList<>();
        cases.forEach((kind, ids) -> rows.add(new MeasureRow(kind, words.text("reports.escalations." + kind),
                List.of(Figure.weighted("escalations", raised.get(kind), ids), Figure.count("cases", ids)))));
        return new MeasureTable(key(), List.of("escalations", "cases"), rows);
    }
}
