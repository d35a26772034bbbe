package org.casecoordination.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Samples of one measured operation, in milliseconds, summarised as median and 95th percentile. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    /** Runs the operation and records how long it took. */
    <T> T time(java.util.function.Supplier<T> operation) {
        long start = System.nanoTime();
        T result = operation.get();
        millis.add((System.nanoTime() - start) / 1_000_000.0);
        return result;
    }

    /** Records a sample measured elsewhere. */
    void add(double sampleMillis) {
        millis.add(sampleMillis);
    }

    /** Samples, p50, p95 and p99 (the HTTP benchmark's summary). */
    Map<String, Object> percentiles() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", millis.size());
        summary.put("p50Ms", round(median()));
        summary.put("p95Ms", round(p95()));
        summary.put("p99Ms", round(percentile(99)));
        return summary;
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return percentile(100);
    }

    /** Nearest-rank percentile. */
    double percentile(int percent) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank - 1, 0));
    }

    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", millis.size());
        summary.put("medianMs", round(median()));
        summary.put("p95Ms", round(p95()));
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
