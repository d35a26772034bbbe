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
import javax.sql.DataSource;

/**
 * The H2 file's size at the end of the run against what {@code SHUTDOWN COMPACT} makes of a copy of it (issue #17:
 * at most 2×). The copy is H2's online backup ({@code BACKUP TO}, consistent while the application runs); the
 * application's own file is left as it is. Measured at once, and again after a quiet while in which the
 * application's compaction catches up with the last burst (the rebuild of the read model just before).
 */
final class DatabaseFileSize {

    static final long QUIET_MILLIS = 30_000;

    static Map<String, Object> measure(DataSource dataSource, Path database) throws Exception {
        Path file = database.resolve("case-coordination.mv.db");
        Map<String, Object> result = new LinkedHashMap<>();
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
        deleteRecursively(copies);
        return result;
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
