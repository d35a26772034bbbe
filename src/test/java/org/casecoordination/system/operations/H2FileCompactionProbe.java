package org.casecoordination.system.operations;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.casecoordination.system.RequestsInFlight;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Run by {@link H2FileCompactionKillTests} in a process of its own, which the test kills: durable commits from a
 * few threads while {@link H2FileCompaction} forces and compacts the file with a short retention time, back to
 * back. Prints {@code a <id> <version>} once a commit has returned (acknowledged), {@code s <n>} as compaction
 * steps start.
 */
public final class H2FileCompactionProbe {

    static final int WRITERS = 3;
    static final int ROWS_PER_WRITER = 300;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        // open for the life of the process, as the application's connection pool keeps the database open
        Connection setup = dataSource.getConnection();
        {
            setup.createStatement().execute("create table if not exists t (id int primary key, version bigint,"
                    + " payload varchar(600))");
            setup.createStatement().execute("create table if not exists log (writer int, version bigint,"
                    + " primary key (writer, version))");
        }
        // the schedule the application runs, only much shorter, so that the file is nearly always being compacted
        // people's requests come and go, so steps give way, and some run anyway after waiting in vain
        var settings = new H2CompactionProperties(true, Duration.ofMillis(10), Duration.ofMillis(100),
                Duration.ofMillis(250), Duration.ofMillis(15), false, Duration.ofSeconds(1));
        RequestsInFlight requests = new RequestsInFlight();
        Thread people = new Thread(() -> comeAndGo(requests), "people");
        people.setDaemon(true);
        people.start();
        var compaction = new H2FileCompaction(dataSource, settings, requests) {
            private final AtomicLong steps = new AtomicLong();

            @Override
            void compact() throws SQLException {
                out.println("s " + steps.incrementAndGet());
                super.compact();
            }
        };
        compaction.afterPropertiesSet();
        long start = Long.parseLong(args[1]); // versions continue across restarts: a later one is always larger
        for (int writer = 0; writer < WRITERS; writer++) {
            int w = writer;
            Thread thread = new Thread(() -> write(dataSource, w, start, out), "writer-" + w);
            thread.start();
        }
        Thread.sleep(Long.MAX_VALUE); // until killed
    }

    /** Requests of 2-30 ms, with pauses of 0-10 ms between them: sometimes idle, sometimes not for a while. */
    private static void comeAndGo(RequestsInFlight requests) {
        Random random = new Random(42);
        while (true) {
            try (RequestsInFlight.Request request = requests.begin()) {
                Thread.sleep(2 + random.nextInt(29));
            } catch (InterruptedException e) {
                return;
            }
            LockSupport.parkNanos(random.nextInt(10_000_000));
        }
    }

    /** A row of this writer's own and a line in the log per transaction, acknowledged when commit returns. */
    private static void write(SimpleDriverDataSource dataSource, int writer, long start, PrintStream out) {
        Random random = new Random(writer);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PreparedStatement row = connection.prepareStatement("merge into t key (id) values (?, ?, ?)");
            PreparedStatement log = connection.prepareStatement("insert into log values (?, ?)");
            for (long version = start; ; version++) {
                int id = writer * ROWS_PER_WRITER + random.nextInt(ROWS_PER_WRITER);
                row.setInt(1, id);
                row.setLong(2, version);
                row.setString(3, "x".repeat(random.nextInt(600)));
                row.executeUpdate();
                log.setInt(1, writer);
                log.setLong(2, version);
                log.executeUpdate();
                connection.commit();
                out.println("a " + id + " " + version + " " + writer);
            }
        } catch (SQLException e) {
            out.println("error " + e);
        }
    }

    private H2FileCompactionProbe() {
    }
}
