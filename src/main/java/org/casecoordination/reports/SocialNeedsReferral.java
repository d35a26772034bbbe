package org.casecoordination.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Social needs followed by a referral (issue #21): for each domain of the AHC screen, the cases positive for it in
 * the period (the first positive screen counts), and of them those with a provider referral for that need made
 * after it and within 30 days (day 30 counts, day 31 does not). Which service meets which need follows the
 * product's service suggestions (INSTRUMENTS.md): transportation for transportation, social services for housing,
 * food and utilities; social services or a mental health clinic for interpersonal safety.
 */
@Component
class SocialNeedsReferral implements Measure {

    static final Map<String, List<String>> SERVICES_FOR_NEED = new LinkedHashMap<>();

    static {
        SERVICES_FOR_NEED.put("HOUSING_INSTABILITY", List.of("SOCIAL_SERVICES"));
        SERVICES_FOR_NEED.put("HOUSING_QUALITY", List.of("SOCIAL_SERVICES"));
        SERVICES_FOR_NEED.put("FOOD", List.of("SOCIAL_SERVICES"));
        SERVICES_FOR_NEED.put("TRANSPORTATION", List.of("TRANSPORTATION"));
        SERVICES_FOR_NEED.put("UTILITIES", List.of("SOCIAL_SERVICES"));
        SERVICES_FOR_NEED.put("INTERPERSONAL_SAFETY", List.of("SOCIAL_SERVICES", "MENTAL_HEALTH_CLINIC"));
    }

    private final ReportQueries queries;
    private final Words words;

    SocialNeedsReferral(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "socialNeeds";
    }

    private record Referral(String serviceType, Instant at) {
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String scope = queries.scope(filter, params);
        params.addValue("later", ReportQueries.timestamp(filter.to().plusDays(DepressionFollowUp.WITHIN_DAYS + 2)
                .atStartOfDay(queries.zone()).toInstant()));
        String sql = "select c.id, 'S' as what, a.positive_domains as detail, a.administered_at as at"
                + " from assessment_result a join " + ReportQueries.CASES + " on c.id = a.case_id where " + scope
                + " and a.instrument = 'AHCHRSN' and a.positive_domains <> ''"
                + " and a.administered_at >= :start and a.administered_at < :end"
                + " union all select c.id, 'R' as what, r.service_type as detail, r.created_at as at"
                + " from provider_referral r join " + ReportQueries.CASES + " on c.id = r.case_id where " + scope
                + " and r.created_at >= :start and r.created_at < :later";
        Map<String, Map<Long, Instant>> positive = new LinkedHashMap<>();
        SERVICES_FOR_NEED.keySet().forEach(need -> positive.put(need, new HashMap<>()));
        Map<Long, List<Referral>> referrals = new HashMap<>();
        queries.jdbc().query(sql, params, rs -> {
            long caseId = rs.getLong("id");
            Instant at = ReportQueries.instant(rs, "at");
            if ("S".equals(rs.getString("what"))) {
                for (String domain : rs.getString("detail").split(",")) {
                    Map<Long, Instant> cases = positive.get(domain.strip());
                    if (cases != null) {
                        cases.merge(caseId, at, (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            } else {
                referrals.computeIfAbsent(caseId, id -> new ArrayList<>())
                        .add(new Referral(rs.getString("detail"), at));
            }
        });
        List<MeasureRow> rows = new ArrayList<>();
        positive.forEach((need, screened) -> {
            Set<Long> referred = new LinkedHashSet<>();
            screened.forEach((caseId, at) -> {
                if (referrals.getOrDefault(caseId, List.of()).stream()
                        .anyMatch(r -> SERVICES_FOR_NEED.get(need).contains(r.serviceType()) && r.at().isAfter(at)
                                && queries.daysBetween(at, r.at()) <= DepressionFollowUp.WITHIN_DAYS)) {
                    referred.add(caseId);
                }
            });
            rows.add(new MeasureRow(need, words.label("socialNeed", need), List.of(
                    Figure.count("positive", new LinkedHashSet<>(screened.keySet())),
                    Figure.share("referred", referred, screened.size()))));
        });
        return new MeasureTable(key(), List.of("positive", "referred"), rows);
    }
}
