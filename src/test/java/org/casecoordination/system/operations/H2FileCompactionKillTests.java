package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A process killed (SIGKILL) while it commits and compacts its H2 file, with the short retention time the forces
 * allow, loses no acknowledged commit: several times in a row on the same file, each kill at another moment of the
 * compaction, and after each restart every commit that had returned is there. The compaction gives way to requests
 * that come and go ({@link H2FileCompactionProbe}); the first run writes uncompressed pages, the later ones H2's
 * compressed pages ({@code COMPRESS=TRUE}, the application's URL), as a file made before that setting is opened
 * with it: old and new pages mixed, moved and copied while the kills land.
 */
class H2FileCompactionKillTests {

    /** Milliseconds after the compaction has begun at which each run is killed. */
    private static final long[] KILL_AFTER = {700, 1_300, 1_900, 2_600, 3_300};

    @TempDir
    Path directory;

    @Test
    void aProcessKilledWhileItCompactsLosesNoAcknowledgedCommit() throws Exception {
        String plain = "jdbc:h2:file:" + directory.resolve("kill") + ";WRITE_DELAY=0";
        Map<Integer, Long> acknowledgedRows = new HashMap<>();
        Set<String> acknowledgedLog = new HashSet<>();
        List<String> runs = new ArrayList<>();
        long version = 1;
        for (long killAfter : KILL_AFTER) {
            String url = runs.isEmpty() ? plain : plain + ";COMPRESS=TRUE";
            Run run = runAndKill(url, version, killAfter, acknowledgedRows, acknowledgedLog);
            runs.add(run.toString());
            assertThat(run.error()).as("the probe failed").isNull();
            assertThat(run.stepsBeforeKill()).as("compaction steps had begun: %s", run).isGreaterThan(1);
            assertThat(run.commits()).as("commits acknowledged before the kill: %s", run).isGreaterThan(20);

            try (Connection reopened = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "").getConnection()) {
                Map<Integer, Long> rows = new HashMap<>();
                long highest = 0;
                try (ResultSet stored = reopened.createStatement().executeQuery("select id, version from t")) {
                    while (stored.next()) {
                        rows.put(stored.getInt(1), stored.getLong(2));
                    }
                }
                Set<String> log = new HashSet<>();
                try (ResultSet stored = reopened.createStatement().executeQuery("select writer, version from log")) {
                    while (stored.next()) {
                        log.add(stored.getInt(1) + "/" + stored.getLong(2));
                        highest = Math.max(highest, stored.getLong(2));
                    }
                }
                for (var acknowledged : acknowledgedRows.entrySet()) {
                    // a commit in flight at the kill may have landed after the acknowledged one, never before it
                    assertThat(rows.get(acknowledged.getKey())).as("row %s after %s", acknowledged.getKey(), runs)
                            .isNotNull().isGreaterThanOrEqualTo(acknowledged.getValue());
                }
                assertThat(log).as("every acknowledged transaction after %s", runs).containsAll(acknowledgedLog);
                version = highest + 1;
            }
        }
        System.out.println("killed while compacting: " + runs);
    }

    private record Run(long killAfterMillis, long stepsBeforeKill, int commits, String error) {
    }

    private Run runAndKill(String url, long firstVersion, long killAfterMillis, Map<Integer, Long> acknowledgedRows,
            Set<String> acknowledgedLog) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2FileCompactionProbe.class.getName(), url,
                Long.toString(firstVersion)).redirectErrorStream(true).start();
        long steps = 0;
        int commits = 0;
        String error = null;
        long killAt = Long.MAX_VALUE;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("s ")) {
                    steps = Long.parseLong(line.substring(2));
                    if (killAt == Long.MAX_VALUE) {
                        killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killAfterMillis);
                    }
                } else if (line.startsWith("a ")) {
                    String[] parts = line.split(" ");
                    acknowledgedRows.merge(Integer.parseInt(parts[1]), Long.parseLong(parts[2]), Math::max);
                    acknowledgedLog.add(parts[3] + "/" + parts[2]);
                    commits++;
                } else if (line.startsWith("error") || line.contains("Exception")) {
                    error = line;
                }
                if (System.nanoTime() >= killAt) {
                    process.destroyForcibly(); // SIGKILL: what was read so far was acknowledged before it
                    break;
                }
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        return new Run(killAfterMillis, steps, commits, error);
    }
}
