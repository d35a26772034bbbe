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
 * Depression screening follow-up (issue #21): the cases with a PHQ-9 of 10 or more in the period (the first such
 * screening counts), and of them those with a documented contact or service after it and within 30 days (day 30
 * counts, day 31 does not; calendar days in the agency's zone). A contact is a completed follow-up contact; a
 * service is a provider referral made for the client.
 */
@Component
class DepressionFollowUp implements Measure {

    static final int ELEVATED = 10;
    static final int WITHIN_DAYS = 30;

    private final ReportQueries queries;
    private final Words words;

    DepressionFollowUp(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "depressionFollowUp";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String scope = queries.scope(filter, params);
        params.addValue("later", ReportQueries.timestamp(filter.to().plusDays(WITHIN_DAYS + 2)
                .atStartOfDay(queries.zone()).toInstant()));
        params.addValue("elevated", ELEVATED);
        String sql = "select c.id, 'S' as what, a.administered_at as at from assessment_result a join "
                + ReportQueries.CASES + " on c.id = a.case_id where " + scope + " and a.instrument = 'PHQ9'"
                + " and a.score >= :elevated and a.administered_at >= :start and a.administered_at < :end"
                + " union all select c.id, 'C' as what, sr.completed_at as at from stage_record sr join "
                + ReportQueries.CASES + " on c.id = sr.case_id where " + scope + " and sr.stage = 'FOLLOW_UP'"
                + " and sr.completed_at >= :start and sr.completed_at < :later"
                + " union all select c.id, 'C' as what, r.created_at as at from provider_referral r join "
                + ReportQueries.CASES + " on c.id = r.case_id where " + scope
                + " and r.created_at >= :start and r.created_at < :later";
        Map<Long, Instant> screened = new HashMap<>();
        Map<Long, List<Instant>> contacts = new HashMap<>();
        queries.jdbc().query(sql, params, rs -> {
            Instant at = ReportQueries.instant(rs, "at");
            if ("S".equals(rs.getString("what"))) {
                screened.merge(rs.getLong("id"), at, (a, b) -> a.isBefore(b) ? a : b);
            } else {
                contacts.computeIfAbsent(rs.getLong("id"), id -> new ArrayList<>()).add(at);
            }
        });
        Set<Long> followedUp = new LinkedHashSet<>();
        screened.forEach((caseId, at) -> {
            if (contacts.getOrDefault(caseId, List.of()).stream()
                    .anyMatch(contact -> contact.isAfter(at) && queries.daysBetween(at, contact) <= WITHIN_DAYS)) {
                followedUp.add(caseId);
            }
        });
        Set<Long> all = new LinkedHashSet<>(screened.keySet());
        return new MeasureTable(key(), List.of("screened", "followedUp"), List.of(new MeasureRow("all",
                words.text("reports.row.all"),
                List.of(Figure.count("screened", all), Figure.share("followedUp", followedUp, all.size())))));
    }
}
