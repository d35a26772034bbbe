package org.casecoordination.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.casecoordination.security.SupervisorOfTeam;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' reports of one team: every measure for a filter, and the cases behind any one number. Only a
 * supervisor of the team gets either ({@link SupervisorOfTeam}); the cases behind a number are read again with the
 * team's condition, so a drill-down never lists a case of another team.
 */
@Service
public class Reports {

    /** The order of the page. */
    static final List<String> ORDER = List.of("newReferrals", "openCaseload", "timeToContact", "stageTimes",
            "overdueTasks", "escalations", "closures", "referralLoop", "providerWaits", "declines",
            "depressionFollowUp", "phq9Response", "socialNeeds");

    private final Map<String, Measure> measures;
    private final ReportQueries queries;
    private final IdentityService identityService;
    private final AsApplication asApplication;

    Reports(List<Measure> measures, ReportQueries queries, IdentityService identityService,
            AsApplication asApplication) {
        this.measures = measures.stream().collect(Collectors.toMap(Measure::key, Function.identity()));
        this.queries = queries;
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    /** Today in the agency's time zone: the default month and quarter. */
    public LocalDate today() {
        return LocalDate.now(queries.zone());
    }

    public boolean knows(String measure) {
        return measures.containsKey(measure);
    }

    /** The agency's time zone, which periods and days are counted in. */
    public java.time.ZoneId zone() {
        return queries.zone();
    }

    /** The coordinators of the team, by user id: the coordinator filter's choices. */
    @SupervisorOfTeam
    public List<String> coordinatorsOf(String team) {
        return asApplication.run(() -> {
            Set<String> coordinators = identityService.createUserQuery().memberOfGroup(Groups.COORDINATORS).list()
                    .stream().map(User::getId).collect(Collectors.toSet());
            return identityService.createUserQuery().memberOfGroup(team).list().stream().map(User::getId)
                    .filter(coordinators::contains).sorted().toList();
        });
    }

    @SupervisorOfTeam
    @Transactional(readOnly = true)
    public List<MeasureTable> all(String team, ReportFilter filter) {
        checkSameTeam(team, filter);
        return ORDER.stream().map(key -> measures.get(key).compute(filter)).toList();
    }

    @SupervisorOfTeam
    @Transactional(readOnly = true)
    public MeasureTable one(String team, String measure, ReportFilter filter) {
        checkSameTeam(team, filter);
        return measures.get(measure).compute(filter);
    }

    /**
     * The team's cases with these ids, by case number, at most {@code limit}: the list behind a number. Ids of another
     * team are dropped here whatever the caller passed. Read in chunks of 1,000 ids, each at most {@code limit} rows.
     */
    @SupervisorOfTeam
    @Transactional(readOnly = true)
    public List<CaseLine> casesOf(String team, Set<Long> ids, int limit) {
        List<CaseLine> lines = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            lines.addAll(queries.jdbc().query("select c.case_number, cl.first_name, cl.last_name, c.stage, c.owner"
                            + " from " + ReportQueries.CASES + " where c.team = :team and c.id in (:ids)"
                            + " order by c.case_number limit :limit",
                    Map.of("team", team, "ids", chunk, "limit", limit), (rs, n) -> new CaseLine(rs.getString("case_number"),
                            rs.getString("first_name"), rs.getString("last_name"), rs.getString("stage"),
                            rs.getString("owner"))));
        }
        return lines.stream().sorted(Comparator.comparing(CaseLine::caseNumber)).limit(limit).toList();
    }

    private static void checkSameTeam(String team, ReportFilter filter) {
        if (!team.equals(filter.team())) {
            throw new IllegalArgumentException("the filter is for team " + filter.team() + ", not " + team);
        }
    }
}
