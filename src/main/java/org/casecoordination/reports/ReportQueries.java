package org.casecoordination.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What every measure's query shares: the cases a filter selects (one team, and the optional coordinator, primary
 * concern and acuity) as a SQL condition on {@code care_case c join client cl}, and days in the agency's zone (the
 * business calendar's, not the server's).
 */
@Component
class ReportQueries {

    /** Joined by every measure: the case and its client (primary concern). */
    static final String CASES = "care_case c join client cl on cl.id = c.client_id";
    /** Cases per query of {@link #forCases}: a bounded IN list for any period and team size. */
    static final int CASES_PER_QUERY = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    ReportQueries(NamedParameterJdbcTemplate jdbc, BusinessHours hours) {
        this.jdbc = jdbc;
        this.zone = hours.zone();
    }

    NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    ZoneId zone() {
        return zone;
    }

    /** The filter's cases as a condition; its parameters and the period's instants ({@code :start}, {@code :end}). */
    String scope(ReportFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder("c.team = :team");
        params.addValue("team", filter.team());
        params.addValue("start", timestamp(filter.start(zone)));
        params.addValue("end", timestamp(filter.end(zone)));
        if (filter.coordinator() != null) {
            where.append(" and c.owner = :coordinator");
            params.addValue("coordinator", filter.coordinator());
        }
        if (filter.concern() != null) {
            where.append(" and cl.primary_concern = :concern");
            params.addValue("concern", filter.concern());
        }
        if (filter.acuity() != null) {
            where.append(" and c.acuity = :acuity");
            params.addValue("acuity", filter.acuity());
        }
        return where.toString();
    }

    /**
     * Runs a query about some cases (its {@code (:ids)}) in slices of {@link #CASES_PER_QUERY}. For measures that
     * need other records only of the cases they found: read by case, not from every team's records of the period.
     */
    void forCases(Collection<Long> caseIds, String sql, MapSqlParameterSource params, RowCallbackHandler rows) {
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += CASES_PER_QUERY) {
            params.addValue("ids", ids.subList(from, Math.min(ids.size(), from + CASES_PER_QUERY)));
            jdbc.query(sql, params, rows);
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The day an instant falls on in the agency's zone. */
    LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Whole calendar days from one instant's day to the other's, in the agency's zone. */
    long daysBetween(Instant from, Instant to) {
        return java.time.temporal.ChronoUnit.DAYS.between(day(from), day(to));
    }
}
