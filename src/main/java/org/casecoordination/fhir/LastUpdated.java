package org.casecoordination.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR's {@code _lastUpdated} search: each value a prefix ({@code gt ge lt le eq}, none = eq) and a date or an
 * instant, which stands for a range as long as its precision (2026-12-01 is that whole day, 10:15:00Z that second).
 * Several values must all hold. A date without a zone is a day of the server's time zone, as on the pages.
 * Each condition comes down to "at or after" or "before" an instant, so the same filter runs in a query or in
 * memory.
 */
final class LastUpdated {

    static final String PARAMETER = "_lastUpdated";

    private static final Pattern VALUE = Pattern.compile("(gt|ge|lt|le|eq)?(\\d{4}(-\\d{2}(-\\d{2}(T.+)?)?)?)");

    /** The instant is at or after {@code at} ({@code from}), or before it. */
    private record Bound(boolean from, Instant at) {
        boolean holds(Instant instant) {
            return from ? !instant.isBefore(at) : instant.isBefore(at);
        }
    }

    private static final LastUpdated NONE = new LastUpdated(List.of(), List.of());

    private final List<Bound> bounds;
    private final List<String> values;

    private LastUpdated(List<Bound> bounds, List<String> values) {
        this.bounds = bounds;
        this.values = values;
    }

    /**
     * The request's values, each as sent: read from the request itself, because Spring would split one value at
     * its commas (which FHIR reads as "or", a search this server does not offer: such a value is a 400).
     */
    static LastUpdated ofRequest() {
        String[] values = Includes.request().getParameterValues(PARAMETER);
        return of(values == null ? null : List.of(values));
    }

    /** The values as given ({@code null} or empty: no filter); a value this server cannot read is a 400. */
    static LastUpdated of(List<String> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        List<Bound> bounds = new ArrayList<>();
        for (String value : values) {
            Matcher matcher = VALUE.matcher(value.strip());
            if (!matcher.matches()) {
                throw new InvalidLastUpdatedException(value);
            }
            String prefix = matcher.group(1) == null ? "eq" : matcher.group(1);
            Instant[] range = range(matcher.group(2), value);
            switch (prefix) {
                case "gt" -> bounds.add(new Bound(true, range[1]));
                case "ge" -> bounds.add(new Bound(true, range[0]));
                case "lt" -> bounds.add(new Bound(false, range[0]));
                case "le" -> bounds.add(new Bound(false, range[1]));
                default -> {
                    bounds.add(new Bound(true, range[0]));
                    bounds.add(new Bound(false, range[1]));
                }
            }
        }
        return new LastUpdated(List.copyOf(bounds), List.copyOf(values));
    }

    /** From the first instant of the value's precision to the first instant after it. */
    private static Instant[] range(String text, String value) {
        ZoneId zone = ZoneId.systemDefault();
        try {
            if (text.length() == 4) {
                LocalDate start = Year.parse(text).atDay(1);
                return new Instant[] {start.atStartOfDay(zone).toInstant(),
                        start.plusYears(1).atStartOfDay(zone).toInstant()};
            }
            if (text.length() == 7) {
                LocalDate start = YearMonth.parse(text).atDay(1);
                return new Instant[] {start.atStartOfDay(zone).toInstant(),
                        start.plusMonths(1).atStartOfDay(zone).toInstant()};
            }
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return new Instant[] {day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()};
            }
            // an instant needs its zone (FHIR: seconds and a zone when there is a time); its precision is the
            // second, or the fraction as written
            Instant at = OffsetDateTime.parse(text).toInstant();
            int dot = text.indexOf('.');
            long unitNanos = 1_000_000_000L;
            if (dot > 0) {
                int digits = 0;
                while (dot + 1 + digits < text.length() && Character.isDigit(text.charAt(dot + 1 + digits))) {
                    digits++;
                }
                unitNanos = (long) Math.pow(10, 9 - Math.min(digits, 9));
            }
            return new Instant[] {at, at.plus(unitNanos, ChronoUnit.NANOS)};
        } catch (DateTimeParseException e) {
            throw new InvalidLastUpdatedException(value);
        }
    }

    boolean isEmpty() {
        return bounds.isEmpty();
    }

    /** Whether a resource's meta.lastUpdated meets every condition; one without it never does when filtered. */
    boolean matches(Resource resource) {
        Date lastUpdated = resource.getMeta().getLastUpdated();
        return matches(lastUpdated == null ? null : lastUpdated.toInstant());
    }

    boolean matches(Instant instant) {
        if (bounds.isEmpty()) {
            return true;
        }
        return instant != null && bounds.stream().allMatch(bound -> bound.holds(instant));
    }

    /** The conditions as JPQL on {@code field} (" and field >= :lastUpdated0 …"), empty without a filter. */
    String jpql(String field) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < bounds.size(); i++) {
            where.append(" and ").append(field).append(bounds.get(i).from() ? " >= " : " < ")
                    .append(":lastUpdated").append(i);
        }
        return where.toString();
    }

    /** Sets the parameters {@link #jpql} named. */
    void bind(jakarta.persistence.Query query) {
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("lastUpdated" + i, bounds.get(i).at());
        }
    }

    /** Records the values in the page's links, each as given. */
    SearchPage applyTo(SearchPage page) {
        values.forEach(value -> page.used(PARAMETER, value));
        return page;
    }
}
