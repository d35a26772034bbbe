package org.casecoordination.system.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Rewrites the embedded H2 file into full pages when the application stops gracefully (issue #17): H2's
 * {@code SHUTDOWN COMPACT}, which gives back what the online compaction ({@link H2FileCompaction}) cannot (a file
 * of 2.2 GB after seeding became 131 MB). It runs after the data source's pool has closed (the data source depends
 * on this bean, see {@link H2CompactOnStopConfiguration}), so the engine, JPA and the pool no longer use the file.
 *
 * <p>Safe to interrupt: H2 (2.3.232, {@code org.h2.mvstore.db.Store#close}) first closes the file normally, with
 * every commit in it, then writes the compacted copy to {@code <file>.tempFile} and renames it over the file only
 * when the copy is complete; at the next start it deletes a left-over temporary file. A kill during the copy
 * leaves the closed file as it was. So the stop waits at most {@code onStopLimit}; then it goes on and the copy,
 * on a daemon thread, ends with the process.
 */
class H2CompactOnStop implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(H2CompactOnStop.class);

    /** What one compaction did. */
    record Result(Path file, long bytesBefore, long bytesAfter, Duration took) {
    }

    private final String url;
    private final String user;
    private final String password;
    private final Duration limit;

    H2CompactOnStop(String url, String user, String password, Duration limit) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.limit = limit;
    }

    @Override
    public void destroy() throws InterruptedException {
        if (!isEmbeddedFile(url)) {
            return;
        }
        Thread compaction = new Thread(this::compactAndLog, "h2-compact-on-stop");
        compaction.setDaemon(true); // the process may end during the copy: the file stays as it was
        compaction.start();
        compaction.join(limit.toMillis());
        if (compaction.isAlive()) {
            log.warn("Compacting the H2 file takes longer than {}: stopping without waiting; the file stays as it was"
                    + " (case-coordination.file-compaction.on-stop-limit)", limit);
        }
    }

    private void compactAndLog() {
        try {
            compact(url, user, password).ifPresent(result -> log.info("Compacted the H2 file {}: {} MB -> {} MB in {} ms",
                    result.file(), result.bytesBefore() / 1_000_000, result.bytesAfter() / 1_000_000,
                    result.took().toMillis()));
        } catch (SQLException | IOException | RuntimeException e) {
            log.warn("Could not compact the H2 file at the stop: {}", e.toString());
        }
    }

    /** Empty when there is no H2 file behind the URL (PostgreSQL, a server, an in-memory database). */
    static Optional<Result> compact(String url, String user, String password) throws SQLException, IOException {
        if (!isEmbeddedFile(url)) {
            return Optional.empty();
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        long started = System.nanoTime();
        Path file;
        long before;
        try (Connection connection = new org.h2.Driver().connect(withStopSettings(url), credentials)) {
            MVStore store = H2FileCompaction.fileStoreOf(connection);
            if (store == null) {
                return Optional.empty();
            }
            file = Path.of(store.getFileStore().getFileName());
            before = Files.size(file);
            try (Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN COMPACT");
            }
        }
        return Optional.of(new Result(file, before, Files.size(file), Duration.ofNanos(System.nanoTime() - started)));
    }

    static boolean isEmbeddedFile(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:") && !lower.startsWith("jdbc:h2:zip:");
    }

    /**
     * Never create a database that is not there any more, and keep H2's own exit hook away from this connection:
     * the process may end while the copy runs, which is safe, but the hook would wait for it.
     */
    private static String withStopSettings(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        StringBuilder settings = new StringBuilder(url);
        if (!lower.contains(";ifexists=")) {
            settings.append(";IFEXISTS=TRUE");
        }
        if (!lower.contains(";db_close_on_exit=")) {
            settings.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        return settings.toString();
    }
}
