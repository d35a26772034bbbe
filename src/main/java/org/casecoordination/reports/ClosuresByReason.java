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

/** Cases closed in the period, by the reason recorded at closure. */
@Component
class ClosuresByReason implements Measure {

    private final ReportQueries queries;
    private final Words words;

    ClosuresByReason(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "closures";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, c.closure_reason from " + ReportQueries.CASES + " where "
                + queries.scope(filter, params) + " and c.closed_at >= :start and c.closed_at < :end";
        Map<String, Set<Long>> byReason = new TreeMap<>();
        queries.jdbc().query(sql, params, rs -> {
            String reason = rs.getString("closure_reason") == null ? "none" : rs.getString("closure_reason");
            byReason.computeIfAbsent(reason, r -> new LinkedHashSet<>()).add(rs.getLong("id"));
        });
        List<MeasureRow> rows = new ArrayList<>();
        byReason.forEach((reason, ids) -> rows.add(new MeasureRow(reason, words.label("closureReason", reason),
                List.of(Figure.count("count", ids)))));
        return new MeasureTable(key(), List.of("count"), rows);
    }
}
