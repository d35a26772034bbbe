package org.casecoordination.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casecoordination.security.People;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Open cases per coordinator today (not the period: a caseload is now), counted and weighted by acuity with the
 * configured weights. Cases nobody owns yet (before intake) are a row of their own.
 */
@Component
class OpenCaseload implements Measure {

    static final String NOBODY = "-";

    private final ReportQueries queries;
    private final ReportsProperties properties;
    private final People people;
    private final Words words;

    OpenCaseload(ReportQueries queries, ReportsProperties properties, People people, Words words) {
        this.queries = queries;
        this.properties = properties;
        this.people = people;
        this.words = words;
    }

    @Override
    public String key() {
        return "openCaseload";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, c.owner, c.acuity from " + ReportQueries.CASES + " where "
                + queries.scope(filter, params) + " and c.stage <> 'CLOSED'";
        Map<String, Set<Long>> cases = new TreeMap<>();
        Map<String, Long> weights = new TreeMap<>();
        queries.jdbc().query(sql, params, rs -> {
            String owner = rs.getString("owner") == null ? NOBODY : rs.getString("owner");
            cases.computeIfAbsent(owner, o -> new LinkedHashSet<>()).add(rs.getLong("id"));
            weights.merge(owner, (long) properties.weightOf(rs.getString("acuity")), Long::sum);
        });
        List<MeasureRow> rows = new ArrayList<>();
        cases.forEach((owner, ids) -> rows.add(new MeasureRow(owner,
                NOBODY.equals(owner) ? words.text("reports.row.noCoordinator") : people.fullName(owner),
                List.of(Figure.count("count", ids), Figure.weighted("weighted", weights.get(owner), ids)))));
        return new MeasureTable(key(), List.of("count", "weighted"), rows);
    }
}
