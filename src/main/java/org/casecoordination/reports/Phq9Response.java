package org.casecoordination.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * PHQ-9 response and remission (issue #21): cases with a follow-up PHQ-9 in the period taken 120 to 240 days (both
 * included, calendar days in the agency's zone) after an elevated one (10 or more, the baseline; the earliest in
 * that window counts, and the latest follow-up). Response: the follow-up is at least 50 % lower than the baseline.
 * Remission: the follow-up is below 5.
 */
@Component
class Phq9Response implements Measure {

    static final int FIRST_DAY = 120;
    static final int LAST_DAY = 240;
    static final int REMISSION_BELOW = 5;

    private final ReportQueries queries;
    private final Words words;

    Phq9Response(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "phq9Response";
    }

    private record Result(Instant at, int score) {
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String scope = queries.scope(filter, params);
        params.addValue("earliest", ReportQueries.timestamp(filter.from().minusDays(LAST_DAY + 1L)
                .atStartOfDay(queries.zone()).toInstant()));
        String sql = "select c.id, a.administered_at, a.score from assessment_result a join " + ReportQueries.CASES
                + " on c.id = a.case_id where " + scope + " and a.instrument = 'PHQ9' and a.score is not null"
                + " and a.administered_at >= :earliest and a.administered_at < :end"
                + " and c.id in (select x.case_id from assessment_result x where x.instrument = 'PHQ9'"
                + " and x.administered_at >= :start and x.administered_at < :end)"
                + " order by c.id, a.administered_at";
        Map<Long, List<Result>> results = new HashMap<>();
        queries.jdbc().query(sql, params, rs -> {
            results.computeIfAbsent(rs.getLong("id"), id -> new ArrayList<>())
                    .add(new Result(ReportQueries.instant(rs, "administered_at"), rs.getInt("score")));
        });
        Instant start = filter.start(queries.zone());
        Set<Long> measured = new LinkedHashSet<>();
        Set<Long> response = new LinkedHashSet<>();
        Set<Long> remission = new LinkedHashSet<>();
        results.forEach((caseId, list) -> {
            for (int f = list.size() - 1; f >= 0; f--) {
                Result followUp = list.get(f);
                if (followUp.at().isBefore(start)) {
                    return;
                }
                Result baseline = list.stream().filter(b -> b.score() >= DepressionFollowUp.ELEVATED)
                        .filter(b -> inWindow(queries.daysBetween(b.at(), followUp.at()))).findFirst().orElse(null);
                if (baseline != null) {
                    measured.add(caseId);
                    if (followUp.score() * 2 <= baseline.score()) {
                        response.add(caseId);
                    }
                    if (followUp.score() < REMISSION_BELOW) {
                        remission.add(caseId);
                    }
                    return;
                }
            }
        });
        return new MeasureTable(key(), List.of("measured", "response", "remission"), List.of(new MeasureRow("all",
                words.text("reports.row.all"), List.of(Figure.count("measured", measured),
                        Figure.share("response", response, measured.size()),
                        Figure.share("remission", remission, measured.size())))));
    }

    private static boolean inWindow(long days) {
        return days >= FIRST_DAY && days <= LAST_DAY;
    }
}
