package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded database's file shrinks back after a burst of commits, with the app's durable commits, and the
 * compaction loses nothing that was acknowledged. A burst of small commits on a few thousand rows, as seeding or a
 * busy hour makes them, on two H2 files with WRITE_DELAY=0; then, once H2's retention time has passed, a few
 * more commits on each, one file compacted as the application does every few seconds, the other not.
 */
class H2FileCompactionTests {

    private static final int ROWS = 2_000;
    private static final int BURST = 6_000;
    /** The application sets 5 s (with a force of the file every second), longer than a test should wait. */
    private static final int RETENTION_MILLIS = 1_500;

    @TempDir
    Path directory;

    @Test
    void afterABurstTheCompactedFileShrinksBackAndKeepsEveryAcknowledgedCommit() throws Exception {
        Path plain = directory.resolve("plain");
        Path compacted = directory.resolve("compacted");
        Map<Integer, String> acknowledged = new HashMap<>();
        Sizes without = work(plain, false, new HashMap<>());
        Sizes with = work(compacted, true, acknowledged);

        assertThat(without.afterwards()).as("without compaction the file keeps the burst's size")
                .isGreaterThan(without.afterBurst() / 2);
        assertThat(with.afterwards()).as("compacted: %s, not compacted: %s", with, without)
                .isLessThan(with.afterBurst() / 4).isLessThan(without.afterwards() / 4);
        // the database was stopped without closing it, as when the process is killed
        assertThat(rows(compacted)).isEqualTo(acknowledged);
    }

    @Test
    void anInMemoryDatabaseIsLeftAlone() throws SQLException {
        var memory = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:compaction-test", "sa", "");
        assertThat(H2FileCompaction.compact(memory)).isFalse();
    }

    private record Sizes(long afterBurst, long afterwards) {
    }

    private Sizes work(Path database, boolean compact, Map<Integer, String> acknowledged) throws Exception {
        SimpleDriverDataSource dataSource = dataSource(database);
        Random random = new Random(17);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create table t (id int primary key, payload varchar(400))");
            PreparedStatement write = connection.prepareStatement("merge into t key (id) values (?, ?)");
            for (int i = 0; i < BURST; i++) {
                commit(write, i < ROWS ? i : random.nextInt(ROWS), i, random, acknowledged);
            }
            long afterBurst = fileSize(database);
            Thread.sleep(RETENTION_MILLIS + 500);
            for (int i = 0; i < 10; i++) {
                commit(write, random.nextInt(ROWS), BURST + i, random, acknowledged);
                if (compact) {
                    assertThat(H2FileCompaction.compact(dataSource)).isTrue();
                }
            }
            // each run has 0.3 s, as on a node; a build machine busy with other work may need more of them
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (compact && fileSize(database) >= afterBurst / 4 && System.nanoTime() < deadline) {
                H2FileCompaction.compact(dataSource);
            }
            Sizes sizes = new Sizes(afterBurst, fileSize(database));
            try {
                connection.createStatement().execute("shutdown immediately");
            } catch (SQLException closed) {
                assertThat(closed.getErrorCode()).isEqualTo(ErrorCode.DATABASE_IS_CLOSED);
            }
            return sizes;
        }
    }

    /** Auto-commit: acknowledged when executeUpdate returns. */
    private static void commit(PreparedStatement write, int id, int version, Random random,
            Map<Integer, String> acknowledged) throws SQLException {
        String payload = "row " + id + " version " + version + " " + "x".repeat(random.nextInt(300));
        write.setInt(1, id);
        write.setString(2, payload);
        write.executeUpdate();
        acknowledged.put(id, payload);
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

    private static long fileSize(Path database) {
        try {
            return Files.size(Path.of(database + ".mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleDriverDataSource dataSource(Path database) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:file:" + database
                + ";WRITE_DELAY=0;RETENTION_TIME=" + RETENTION_MILLIS, "sa", "");
    }
}
