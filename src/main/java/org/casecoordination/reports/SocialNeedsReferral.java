package org.casecoordination.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        Map<String, Map<Long, Instant>> positive = new LinkedHashMap<>();
        SERVICES_FOR_NEED.keySet().forEach(need -> positive.put(need, new HashMap<>()));
        Set<Long> positiveCases = new HashSet<>();
        queries.jdbc().query("select c.id, a.positive_domains, a.administered_at from assessment_result a join "
                + ReportQueries.CASES + " on c.id = a.case_id where " + scope + " and a.instrument = 'AHCHRSN'"
                + " and a.positive_domains <> '' and a.administered_at >= :start and a.administered_at < :end",
                params, rs -> {
                    long caseId = rs.getLong("id");
                    Instant at = ReportQueries.instant(rs, "administered_at");
                    for (String domain : rs.getString("positive_domains").split(",")) {
                        Map<Long, Instant> cases = positive.get(domain.strip());
                        if (cases != null) {
                            cases.merge(caseId, at, (a, b) -> a.isBefore(b) ? a : b);
                            positiveCases.add(caseId);
                        }
                    }
                });
        // the referrals of the positive cases only, by case: not every team's referrals of the period
        Map<Long, List<Referral>> referrals = new HashMap<>();
        queries.forCases(positiveCases, "select case_id, service_type, created_at from provider_referral"
                + " where case_id in (:ids) and created_at >= :start and created_at < :later", params, rs -> {
                    referrals.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>())
                            .add(new Referral(rs.getString("service_type"), ReportQueries.instant(rs, "created_at")));
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
