package org.casecoordination.reports;

import java.util.Set;

/**
 * One number of a report and the cases behind it, so every number can be listed (drill-down) and exported.
 *
 * @param key which figure of its row ({@code count}, {@code median}, ...)
 * @param kind how to read the value
 * @param value the number; null when there is nothing to measure (a median of no cases)
 * @param of for a share, how many cases it is a share of; otherwise 0
 * @param cases the ids of the cases behind the number: the counted ones, or those a median was taken over
 */
public record Figure(String key, Kind kind, Double value, long of, Set<Long> cases) {

    public enum Kind { COUNT, WEIGHTED, DAYS, SHARE }

    public static Figure count(String key, Set<Long> cases) {
        return new Figure(key, Kind.COUNT, (double) cases.size(), 0, cases);
    }

    public static Figure weighted(String key, long value, Set<Long> cases) {
        return new Figure(key, Kind.WEIGHTED, (double) value, 0, cases);
    }

    public static Figure days(String key, Double days, Set<Long> cases) {
        return new Figure(key, Kind.DAYS, days, 0, cases);
    }

    /** {@code hits} out of {@code of} cases; the value is the percentage, null of none. */
    public static Figure share(String key, Set<Long> hits, long of) {
        return new Figure(key, Kind.SHARE, of == 0 ? null : 100.0 * hits.size() / of, of, hits);
    }

    public boolean isCount() {
        return kind == Kind.COUNT;
    }
}
