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
        params.addValue("elevated", ELEVATED);
        Map<Long, Instant> screened = new HashMap<>();
        queries.jdbc().query("select c.id, a.administered_at from assessment_result a join " + ReportQueries.CASES
                + " on c.id = a.case_id where " + scope + " and a.instrument = 'PHQ9' and a.score >= :elevated"
                + " and a.administered_at >= :start and a.administered_at < :end", params, rs -> {
                    Instant at = ReportQueries.instant(rs, "administered_at");
                    screened.merge(rs.getLong("id"), at, (a, b) -> a.isBefore(b) ? a : b);
                });
        // the contacts of the screened cases only, by case: not every team's follow-ups and referrals of the period
        params.addValue("later", ReportQueries.timestamp(filter.to().plusDays(WITHIN_DAYS + 2)
                .atStartOfDay(queries.zone()).toInstant()));
        Map<Long, List<Instant>> contacts = new HashMap<>();
        queries.forCases(screened.keySet(), "select case_id, completed_at as at from stage_record where"
                + " case_id in (:ids) and stage = 'FOLLOW_UP' and completed_at >= :start and completed_at < :later"
                + " union all select case_id, created_at as at from provider_referral where case_id in (:ids)"
                + " and created_at >= :start and created_at < :later", params, rs -> {
                    contacts.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>())
                            .add(ReportQueries.instant(rs, "at"));
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
