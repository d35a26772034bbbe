package org.casecoordination.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a report covers: one team, optionally one coordinator, primary concern and acuity, and the whole days
 * {@code from}..{@code to} (both included) in the agency's time zone.
 *
 * @param concern a {@code PrimaryConcern} code, or null for all
 * @param acuity an {@code Acuity} code, or null for all
 */
public record ReportFilter(String team, String coordinator, LocalDate from, LocalDate to, String concern,
        String acuity) {

    /** The first instant of {@code from} in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
