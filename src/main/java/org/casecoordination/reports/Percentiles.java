package org.casecoordination.reports;

import java.util.Collection;
import java.util.List;

/**
 * Median and 90th percentile the way SQL's {@code percentile_cont} takes them: sorted values, interpolated between
 * the two nearest ranks. Null for no values.
 */
final class Percentiles {

    private Percentiles() {
    }

    static Double median(Collection<? extends Number> values) {
        return of(values, 0.5);
    }

    static Double p90(Collection<? extends Number> values) {
        return of(values, 0.9);
    }

    static Double of(Collection<? extends Number> values, double fraction) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        double rank = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }
}
