package org.casecoordination.system.operations;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the embedded H2 file's space back after bursts (issue #17). H2 writes every commit as a new chunk at a
 * free place in the file and keeps a replaced chunk for its retention time (45 s) before it reuses the space, so a
 * burst of commits (seeding, a benchmark, a busy hour) grows the file by 45 s of writes; the file then stays that
 * large, mostly empty, because shrinking it is the work of H2's background writer, which does not run with
 * {@code WRITE_DELAY=0} (every commit on disk before it is acknowledged, docs/operations.md "Durability"). This
 * does that writer's two steps on a schedule, with H2's own calls: {@link MVStore#compact} copies the live pages
 * of half-empty chunks into a new chunk, and {@link RandomAccessStore#compactMoveChunks} moves chunks from the end
 * of the file into free space and truncates it (H2 syncs the file before it overwrites or truncates anything).
 * Commits stay synchronous and the retention time stays H2's: nothing acknowledged is lost. Each step stops after
 * a few megabytes, since commits wait while H2 moves data. It cannot re-pack pages as {@code SHUTDOWN COMPACT}
 * does: about half of a file after seeding comes back (docs/benchmarks.md). Nothing to do on PostgreSQL or an
 * in-memory H2.
 */
@Component
@ConditionalOnProperty(name = "case-coordination.file-compaction.enabled", havingValue = "true")
class H2FileCompaction {

    /** Below this share of live data (in chunks, in the file) a step runs; H2's background writer uses 90. */
    static final int TARGET_FILL_RATE = 80;
    /**
     * Live bytes copied out of half-empty chunks per run. Commits wait while H2 copies and moves: measured on the
     * benchmark's 2 GB file on the busy shared machine, steps of 4 and 8 MB held them 0.3–1.2 s on average.
     */
    static final int REWRITE_BYTES = 2 * 1024 * 1024;
    /** Bytes of chunks moved toward the start of the file per run. */
    static final int MOVE_BYTES = 4 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

    private final DataSource dataSource;

    H2FileCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(fixedDelayString = "${case-coordination.file-compaction.interval:PT10S}",
            initialDelayString = "${case-coordination.file-compaction.interval:PT10S}")
    void run() {
        try {
            compact(dataSource);
        } catch (SQLException | RuntimeException e) {
            // the next run tries again; a file that grows meanwhile is no reason to fail anything else
            log.warn("H2 file compaction failed: {}", e.toString());
        }
    }

    /** False when there is no H2 file behind the data source (nothing to compact). */
    static boolean compact(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = fileStoreOf(connection);
            if (store == null) {
                return false;
            }
            store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
            if (store.getFileStore() instanceof RandomAccessStore file) {
                file.compactMoveChunks(TARGET_FILL_RATE, MOVE_BYTES, store);
            }
            return true;
        }
    }

    /** The store of the H2 file behind this connection; null for PostgreSQL, a server or an in-memory database. */
    static MVStore fileStoreOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null; // PostgreSQL, or an H2 server in another process
        }
        var database = session.getDatabase();
        if (!database.isPersistent() || database.getStore() == null) {
            return null;
        }
        MVStore store = database.getStore().getMvStore();
        return store.getFileStore() == null || store.isReadOnly() ? null : store;
    }
}
