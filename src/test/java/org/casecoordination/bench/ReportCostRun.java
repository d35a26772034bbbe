package org.casecoordination.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.casecoordination.reports.Measure;
import org.casecoordination.reports.ReportFilter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: the supervisors' dashboard, measure by measure, on an existing H2 file (e.g. {@code PageCostRun}'s
 * seeded one, copied), for every benchmark team and acuity filter of this month, each timed on its first run (a
 * repeat could come from H2's result cache); then, with {@code -Dreports.lifecycles=N}, N whole case lifecycles in
 * the first team through the app's services (as the benchmark runs them) and the dashboard again. Options:
 * {@code -Dreports.dir} (/tmp/reports-db), {@code -Dreports.h2Settings} (appended to the H2 URL, e.g.
 * {@code ;OPTIMIZE_REUSE_RESULTS=FALSE}). Prints one line per team and filter.
 */
public final class ReportCostRun {

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(System.getProperty("reports.dir", "/tmp/reports-db"));
        int lifecycles = Integer.getInteger("reports.lifecycles", 0);
        try (ConfigurableApplicationContext context = StartToReady.start(
                BenchDatabase.H2.appArguments(directory, System.getProperty("reports.h2Settings", "")))) {
            Map<String, Measure> measures = context.getBeansOfType(Measure.class);
            measure("warm-up (last month)", measures, LocalDate.now().minusMonths(1));
            measure("this month", measures, LocalDate.now());
            if (lifecycles > 0) {
                CaseLifecycleRun app = TaskListBenchmark.appLifecycles(context);
                long start = System.nanoTime();
                app.warmUp(lifecycles);
                System.out.printf("reports: %d lifecycles in %.1f s%n", lifecycles, (System.nanoTime() - start) / 1e9);
                measure("this month, after them", measures, LocalDate.now()); // written since: nothing cached
            }
        }
    }

    private static void measure(String when, Map<String, Measure> measures, LocalDate day) {
        for (String team : TaskListBenchmark.TEAMS) {
            for (String acuity : Arrays.asList(null, "LOW", "MODERATE", "HIGH", "CRITICAL")) {
                ReportFilter filter = new ReportFilter(team, null, day.withDayOfMonth(1),
                        day.withDayOfMonth(day.lengthOfMonth()), null, acuity);
                double total = 0;
                StringBuilder line = new StringBuilder();
                for (Measure measure : measures.values()) {
                    long start = System.nanoTime();
                    measure.compute(filter);
                    double millis = (System.nanoTime() - start) / 1e6;
                    total += millis;
                    line.append(String.format(" %s=%.0f", measure.key(), millis));
                }
                System.out.printf("reports: %s, %s, acuity %s: %.0f ms:%s%n", when, team,
                        acuity == null ? "any" : acuity, total, line);
            }
        }
    }
}
