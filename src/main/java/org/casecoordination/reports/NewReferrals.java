package org.casecoordination.reports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Referrals received in the period: cases opened, routine and urgent. */
@Component
class NewReferrals implements Measure {

    private final ReportQueries queries;
    private final Words words;

    NewReferrals(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "newReferrals";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, c.urgency from " + ReportQueries.CASES + " where " + queries.scope(filter, params)
                + " and c.opened_at >= :start and c.opened_at < :end";
        Set<Long> all = new LinkedHashSet<>();
        Set<Long> urgent = new LinkedHashSet<>();
        queries.jdbc().query(sql, params, rs -> {
            all.add(rs.getLong("id"));
            if ("URGENT".equals(rs.getString("urgency"))) {
                urgent.add(rs.getLong("id"));
            }
        });
        return new MeasureTable(key(), List.of("count", "urgent"), List.of(new MeasureRow("all",
                words.text("reports.row.all"), List.of(Figure.count("count", all), Figure.count("urgent", urgent)))));
    }
}
