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

/** Provider referrals declined in the period, by the reason the provider gave (as typed). */
@Component
class Declines implements Measure {

    private static final String NO_REASON = "-";

    private final ReportQueries queries;
    private final Words words;

    Declines(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "declines";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, s.reason from provider_referral_status_change s"
                + " join provider_referral r on r.id = s.referral_id join " + ReportQueries.CASES
                + " on c.id = r.case_id where " + queries.scope(filter, params)
                + " and s.status = 'REJECTED' and s.changed_at >= :start and s.changed_at < :end";
        Map<String, Long> declines = new TreeMap<>();
        Map<String, Set<Long>> cases = new TreeMap<>();
        queries.jdbc().query(sql, params, rs -> {
            String reason = rs.getString("reason") == null || rs.getString("reason").isBlank() ? NO_REASON
                    : rs.getString("reason").strip();
            declines.merge(reason, 1L, Long::sum);
            cases.computeIfAbsent(reason, r -> new LinkedHashSet<>()).add(rs.getLong("id"));
        });
        List<MeasureRow> rows = new ArrayList<>();
        cases.forEach((reason, ids) -> rows.add(new MeasureRow(reason,
                NO_REASON.equals(reason) ? words.text("reports.declines.noReason") : reason,
                List.of(Figure.weighted("declines", declines.get(reason), ids), Figure.count("cases", ids)))));
        return new MeasureTable(key(), List.of("declines", "cases"), rows);
    }
}
