package org.casecoordination.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The H2 file's size at the end of the run against what {@code SHUTDOWN COMPACT} makes of a copy of it (issue #17:
 * at most 2×). The copy is H2's online backup ({@code BACKUP TO}, consistent while the application runs); the
 * application's own file is left as it is. Measured at once, and again after a quiet while in which the
 * application's compaction catches up with the last burst (the rebuild of the read model just before).
 */
final class DatabaseFileSize {

    static final long QUIET_MILLIS = 30_000;

    /**
     * The file's size every second from seeding on, in the background: the largest it grew to, and its size when the
     * seeding (a burst with no page requests) ended, for the question what the file does during a burst.
     */
    static final class Watch implements AutoCloseable {
        private final Path file;
        private final java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "bench-file-size");
                    thread.setDaemon(true);
                    return thread;
                });
        private final java.util.concurrent.atomic.AtomicLong largest = new java.util.concurrent.atomic.AtomicLong();
        private volatile long afterSeeding = -1;

        Watch(Path database) {
            this.file = database.resolve("case-coordination.mv.db");
            sampler.scheduleAtFixedRate(this::sample, 0, 1, java.util.concurrent.TimeUnit.SECONDS);
        }

        private long sample() {
            try {
                long size = Files.exists(file) ? Files.size(file) : 0;
                largest.accumulateAndGet(size, Math::max);
                return size;
            } catch (IOException vanished) {
                return 0;
            }
        }

        void seedingEnded() {
            afterSeeding = sample();
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }

    static Map<String, Object> measure(ApplicationContext context, Path database, Watch watch) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        Environment environment = context.getEnvironment();
        Path file = database.resolve("case-coordination.mv.db");
        Map<String, Object> result = new LinkedHashMap<>();
        // what the compaction and H2's compression were set to: the figures mean little without them
        result.put("compactionWhileRunning", environment.getProperty("case-coordination.file-compaction.enabled",
                "false") + ", giving way for at most " + environment.getProperty(
                        "case-coordination.file-compaction.yield-at-most", "PT2S"));
        result.put("compressed", environment.getProperty("spring.datasource.url", "").toUpperCase(Locale.ROOT)
                .contains(";COMPRESS=TRUE"));
        result.put("fileMbAtEnd", mb(Files.size(file)));
        Thread.sleep(QUIET_MILLIS);
        long afterQuiet = Files.size(file);
        result.put("fileMbAfterQuiet", mb(afterQuiet));
        result.put("quietSeconds", QUIET_MILLIS / 1000);

        Path copies = database.resolveSibling("db-size-copy");
        deleteRecursively(copies);
        Files.createDirectories(copies);
        Path zip = copies.resolve("backup.zip");
        try (Connection connection = dataSource.getConnection(); Statement backup = connection.createStatement()) {
            backup.execute("BACKUP TO '" + zip.toAbsolutePath() + "'");
        }
        Path copy = unzipStore(zip, copies);
        long copied = Files.size(copy);
        long start = System.nanoTime();
        String name = copy.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + name, "sa", "");
                Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        }
        long compacted = Files.size(copy);
        result.put("copyMb", mb(copied));
        result.put("compactedCopyMb", mb(compacted));
        result.put("compactSeconds", Timings.round((System.nanoTime() - start) / 1e9));
        result.put("ratioAtEnd", Timings.round((double) Files.size(file) / compacted));
        result.put("ratioAfterQuiet", Timings.round((double) afterQuiet / compacted));
        if (watch != null) {
            result.put("largestMb", mb(watch.largest.get()));
            result.put("largestRatio", Timings.round((double) watch.largest.get() / compacted));
            if (watch.afterSeeding >= 0) {
                result.put("mbAfterSeeding", mb(watch.afterSeeding));
            }
        }
        deleteRecursively(copies);
        return result;
    }

    /** The file's figures in words, for the reports: with what was set, during seeding and at the end. */
    static String describe(Map<String, Object> file) {
        return ("H2 file (compaction while running: %s; compressed pages: %s): largest seen %s MB (%s×), after seeding"
                + " %s MB, at the end %s MB (%s×), after %s s without work %s MB (%s×), against %s MB for"
                + " `SHUTDOWN COMPACT` of a copy (%s s); target ≤ 2×.").formatted(file.get("compactionWhileRunning"),
                        file.get("compressed"), file.get("largestMb"), file.get("largestRatio"),
                        file.get("mbAfterSeeding"), file.get("fileMbAtEnd"), file.get("ratioAtEnd"),
                        file.get("quietSeconds"), file.get("fileMbAfterQuiet"), file.get("ratioAfterQuiet"),
                        file.get("compactedCopyMb"), file.get("compactSeconds"));
    }

    private static Path unzipStore(Path zip, Path directory) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".mv.db")) {
                    Path store = directory.resolve(Path.of(entry.getName()).getFileName());
                    Files.copy(entries, store);
                    return store;
                }
            }
        }
        throw new IOException("no .mv.db in the backup " + zip);
    }

    private static double mb(long bytes) {
        return Timings.round(bytes / 1e6);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
    }

    private DatabaseFileSize() {
    }
}
