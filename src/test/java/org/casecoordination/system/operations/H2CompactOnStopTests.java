package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded H2 file is rewritten when the application stops: after a burst of durable commits (as seeding or a
 * busy hour makes them) the file shrinks to a fraction, every acknowledged commit is still there, and a process
 * killed while it compacts leaves a file with every acknowledged commit (H2 writes the copy to a new file and
 * renames it over the old one when it is complete).
 */
class H2CompactOnStopTests {

    private static final int ROWS = 2_000;
    private static final int BURST = 6_000;

    @TempDir
    Path directory;

    @Test
    void afterABurstTheFileShrinksAtTheStopAndKeepsEveryAcknowledgedCommit() throws Exception {
        Path database = directory.resolve("stop");
        Map<Integer, String> acknowledged = burst(database);
        long afterBurst = Files.size(file(database));

        new H2CompactOnStop(url(database), "sa", "", Duration.ofMinutes(2)).destroy();

        long afterStop = Files.size(file(database));
        System.out.printf("compacted at the stop: %d -> %d bytes%n", afterBurst, afterStop);
        assertThat(afterStop).as("after the burst %d bytes, after the stop %d", afterBurst, afterStop)
                .isLessThan(afterBurst / 4);
        assertThat(rows(database)).isEqualTo(acknowledged);
    }

    @Test
    void aProcessKilledWhileItCompactsLosesNoAcknowledgedCommit() throws Exception {
        Path database = directory.resolve("kill");
        Map<Integer, String> acknowledged = burst(database);
        Path pristine = directory.resolve("pristine.mv.db");
        Files.copy(file(database), pristine);

        long fullRun = probe(database, -1).millis(); // how long a compaction takes here, uninterrupted
        assertThat(rows(database)).isEqualTo(acknowledged);
        List<String> killed = new ArrayList<>();
        for (double share : new double[] {0.05, 0.2, 0.4, 0.6, 0.8, 0.95}) {
            Files.copy(pristine, file(database), StandardCopyOption.REPLACE_EXISTING);
            Probe run = probe(database, Math.round(share * fullRun));
            if (!run.finished()) {
                killed.add(share + " of " + fullRun + " ms");
            }
            assertThat(rows(database)).as("killed at %s of %d ms", share, fullRun).isEqualTo(acknowledged);
        }
        assertThat(killed).as("some runs were killed before the compaction ended").isNotEmpty();
        System.out.println("killed while compacting at " + killed);
    }

    @Test
    void onlyAnEmbeddedFileIsCompacted() {
        assertThat(H2CompactOnStop.isEmbeddedFile("jdbc:h2:file:./data/case-coordination;WRITE_DELAY=0")).isTrue();
        assertThat(H2CompactOnStop.isEmbeddedFile("jdbc:h2:./data/x")).isTrue();
        assertThat(H2CompactOnStop.isEmbeddedFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isFalse();
        assertThat(H2CompactOnStop.isEmbeddedFile("jdbc:h2:tcp://db/x")).isFalse();
        assertThat(H2CompactOnStop.isEmbeddedFile("jdbc:postgresql://db/cases")).isFalse();
        assertThat(H2CompactOnStop.isEmbeddedFile(null)).isFalse();
    }

    private record Probe(boolean finished, long millis) {
    }

    /** Compacts in another process; killed {@code killAfterMillis} after it starts compacting (-1: never). */
    private Probe probe(Path database, long killAfterMillis) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2CompactOnStopProbe.class.getName(), url(database))
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("compacting")) {
                // the JVM's start
            }
            if (killAfterMillis >= 0) {
                Thread.sleep(killAfterMillis);
                if (process.isAlive()) {
                    process.destroyForcibly(); // also closes its output
                    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
                    return new Probe(false, 0);
                }
            }
            StringBuilder rest = new StringBuilder();
            while ((line = output.readLine()) != null) {
                rest.append(line).append('\n');
            }
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            int compacted = rest.indexOf("compacted ");
            if (compacted < 0) {
                assertThat(killAfterMillis).as("the probe failed: %s", rest).isNotNegative();
                return new Probe(false, 0);
            }
            return new Probe(true, Long.parseLong(rest.substring(compacted + 10).strip().split("\\s")[0]));
        } finally {
            process.destroyForcibly();
        }
    }

    /** Durable one-row commits, then the database closed as the pool closes it at a stop. */
    private Map<Integer, String> burst(Path database) throws SQLException {
        Map<Integer, String> acknowledged = new HashMap<>();
        Random random = new Random(17);
        try (Connection connection = dataSource(database).getConnection()) {
            connection.createStatement().execute("create table t (id int primary key, payload varchar(400))");
            PreparedStatement write = connection.prepareStatement("merge into t key (id) values (?, ?)");
            for (int i = 0; i < BURST; i++) {
                int id = i < ROWS ? i : random.nextInt(ROWS);
                String payload = "row " + id + " version " + i + " " + "x".repeat(random.nextInt(300));
                write.setInt(1, id);
                write.setString(2, payload);
                write.executeUpdate(); // auto-commit: acknowledged when it returns
                acknowledged.put(id, payload);
            }
        }
        return acknowledged;
    }

    private Map<Integer, String> rows(Path database) throws SQLException {
        Map<Integer, String> stored = new HashMap<>();
        try (Connection reopened = dataSource(database).getConnection();
                ResultSet rows = reopened.createStatement().executeQuery("select id, payload from t")) {
            while (rows.next()) {
                stored.put(rows.getInt(1), rows.getString(2));
            }
        }
        return stored;
    }

    private static Path file(Path database) {
        return Path.of(database + ".mv.db");
    }

    private static String url(Path database) {
        return "jdbc:h2:file:" + database + ";WRITE_DELAY=0";
    }

    private static SimpleDriverDataSource dataSource(Path database) {
        return new SimpleDriverDataSource(new org.h2.Driver(), url(database), "sa", "");
    }
}
