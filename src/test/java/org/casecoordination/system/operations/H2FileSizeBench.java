package org.casecoordination.system.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.casecoordination.system.RequestsInFlight;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Not a test: the H2 file's size and a one-row commit's latency during a burst, with the application's
 * {@link H2FileCompaction} (force every second, retention 5 s, compaction steps) and without it (H2's defaults),
 * runs taken alternately on fresh files (docs/benchmarks.md "H2 file size while running"). The timed one-row
 * commits count as people's requests ({@link RequestsInFlight}), as a page's audit commit does. Modes, in turns:
 * {@code off} (H2's defaults), {@code steps} (the compaction not giving way, yield-at-most 0), {@code yield} (the
 * application's default); a {@code +compress} suffix adds H2's {@code COMPRESS=TRUE} to the URL. Run after
 * {@code mvn -o test-compile}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.casecoordination.system.operations.H2FileSizeBench [rounds=3] [burstSeconds=30] [quietSeconds=20] \
 *     [modes=off,yield]</pre>
 *
 * (target/cp.txt from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class H2FileSizeBench {

    private static final int WRITERS = 3;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int burst = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int quiet = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<String> modes = List.of((args.length > 3 ? args[3] : "off,yield").split(","));
        System.out.println("| round | mode | transactions | largest file | file after quiet | compacted copy"
                + " | ratio | one-row commit p50 / p95 / p99 (n) |\n|---|---|---:|---:|---:|---:|---:|---:|");
        for (int round = 1; round <= rounds; round++) {
            for (String mode : modes) {
                Path directory = Files.createTempDirectory("h2-file-size");
                System.out.println("| " + round + " | " + mode + " | " + run(directory, mode, burst, quiet) + " |");
            }
        }
    }

    private static String run(Path directory, String mode, int burstSeconds, int quietSeconds) throws Exception {
        boolean compact = !mode.startsWith("off");
        String url = "jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0"
                + (mode.endsWith("+compress") ? ";COMPRESS=TRUE" : "");
        RequestsInFlight requests = new RequestsInFlight();
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        Connection open = dataSource.getConnection(); // as the pool keeps the database open
        try (Statement setup = open.createStatement()) {
            setup.execute("create table t (id bigint primary key, grp int, name varchar(100), payload varchar(600),"
                    + " updated timestamp)");
            setup.execute("create index t_grp on t(grp, updated)");
            setup.execute("create index t_name on t(name)");
            setup.execute("create table h (id bigint auto_increment primary key, tid bigint, what varchar(200))");
            setup.execute("create index h_tid on h(tid)");
        }
        Duration yieldAtMost = mode.startsWith("steps") ? Duration.ZERO : Duration.ofSeconds(2);
        H2FileCompaction compaction = compact ? new H2FileCompaction(dataSource, new H2CompactionProperties(true,
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5), yieldAtMost, false,
                Duration.ofSeconds(1)), requests) : null;
        if (compaction != null) {
            compaction.afterPropertiesSet();
        }
        Path file = directory.resolve("db.mv.db");
        AtomicLong ids = new AtomicLong();
        AtomicLong transactions = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + burstSeconds * 1_000_000_000L;
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> write(dataSource, writer, end, ids, transactions, latencies, requests));
            writers.add(thread);
            thread.start();
        }
        long largest = 0;
        while (writers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(200);
            largest = Math.max(largest, Files.size(file));
        }
        try (PreparedStatement small = open.prepareStatement("update t set name = ? where id = 1")) {
            for (int second = 0; second < quietSeconds; second++) { // a small commit a second, as a quiet hour
                Thread.sleep(1000);
                small.setString(1, "quiet " + second);
                small.executeUpdate();
            }
        }
        long afterQuiet = Files.size(file);
        if (compaction != null) {
            compaction.destroy();
        }
        try (Statement checkpoint = open.createStatement()) {
            checkpoint.execute("checkpoint sync");
        }
        Path copy = directory.resolve("copy.mv.db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try (Statement shutdown = open.createStatement()) {
            shutdown.execute("shutdown");
        }
        try (Connection copied = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("copy"), "sa", "");
                Statement shutdown = copied.createStatement()) {
            shutdown.execute("shutdown compact");
        }
        long compacted = Files.size(copy);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return "%,d | %.1f MB | %.1f MB | %.2f MB | %.1f× | %.2f / %.2f / %.2f ms (%d)".formatted(transactions.get(),
                largest / 1e6, afterQuiet / 1e6, compacted / 1e6, (double) afterQuiet / compacted,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }

    /** Transactions of 13 statements on two tables; every fifth commit of the first writer is one row, timed. */
    private static void write(SimpleDriverDataSource dataSource, int writer, long end, AtomicLong ids,
            AtomicLong transactions, List<Long> latencies, RequestsInFlight requests) {
        Random random = new Random(writer);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into t values (?, ?, ?, ?, current_timestamp)");
                PreparedStatement update = connection.prepareStatement(
                        "update t set payload = ?, grp = ?, updated = current_timestamp where id = ?");
                PreparedStatement history = connection.prepareStatement("insert into h(tid, what) values (?, ?)");
                PreparedStatement oneRow = connection.prepareStatement("update t set name = ? where id = ?")) {
            for (int k = 1; System.nanoTime() < end; k++) {
                if (writer == 0 && k % 5 == 0 && ids.get() > 0) {
                    connection.setAutoCommit(true);
                    oneRow.setString(1, "n" + random.nextInt(100_000));
                    oneRow.setLong(2, 1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, ids.get())));
                    long start = System.nanoTime();
                    try (RequestsInFlight.Request person = requests.begin()) {
                        oneRow.executeUpdate();
                    }
                    latencies.add(System.nanoTime() - start);
                    continue;
                }
                connection.setAutoCommit(false);
                try {
                    long id = ids.incrementAndGet();
                    insert.setLong(1, id);
                    insert.setInt(2, random.nextInt(20));
                    insert.setString(3, "name" + random.nextInt(1_000_000));
                    insert.setString(4, "x".repeat(random.nextInt(500)));
                    insert.executeUpdate();
                    for (int j = 0; j < 6; j++) {
                        long other = 1 + (long) (random.nextDouble() * id);
                        update.setString(1, "y".repeat(random.nextInt(500)));
                        update.setInt(2, random.nextInt(20));
                        update.setLong(3, other);
                        update.executeUpdate();
                        history.setLong(1, other);
                        history.setString(2, "changed " + j + " " + "z".repeat(random.nextInt(100)));
                        history.executeUpdate();
                    }
                    connection.commit();
                    transactions.incrementAndGet();
                } catch (SQLException lockedOrDeadlocked) {
                    connection.rollback(); // writers update each other's rows: one of two waits or gives way
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private H2FileSizeBench() {
    }
}
