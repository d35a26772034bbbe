package org.casecoordination.system.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.casecoordination.system.RequestsInFlight;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file close to the size of its data while running (issue #17). H2 writes every commit as a
 * new chunk at a free place in the file and reuses the space of a replaced chunk only after its retention time
 * (45 s by default), because it assumes the operating system has written everything to the disk by then
 * ({@code FileStore#setRetentionTime}); a burst of commits grows the file by that much writing, and shrinking it
 * again is the work of H2's background writer, which does not run with {@code WRITE_DELAY=0}.
 *
 * <p>So this makes H2's assumption true sooner and does the writer's work: every second it forces the file to the
 * disk ({@link MVStore#sync}, {@code FileChannel.force}), which lets H2 reuse space after a few seconds instead of
 * 45 (the retention time falls back to H2's default when a force is late); every second it runs a few small
 * compaction steps with H2's own calls: {@link MVStore#compact} copies the live pages of half-empty chunks into a
 * new chunk, {@link RandomAccessStore#compactMoveChunks} moves chunks from the end of the file into free space and
 * truncates it (H2 syncs the file before it overwrites or truncates anything). Commits stay synchronous, and a
 * killed process loses nothing acknowledged: the operating system holds every write that returned, and H2 never
 * reuses a chunk that the newest version still needs (docs/benchmarks.md "What the retention time protects").
 *
 * <p>A step holds H2's store lock, and a page's durable audit commit waits for it (session 11 measured the list
 * pages' p95 rising from 17 to 41 ms). So the steps give way to people, as the bulk export does: each waits for a
 * pause in people's requests ({@link CompactionTurn}), for at most {@code yield-at-most}; after waiting in vain it
 * takes that one step and ends the run, so a node that is never idle still compacts, one step per run.
 * The steps are small (a request that arrives meanwhile waits milliseconds), the copied pages are written by this
 * thread at once rather than by the next person's commit, and the file is forced before chunks are moved, so the
 * forces H2 makes while it holds the lock have little left to write.
 * Nothing to do on PostgreSQL or an in-memory H2.
 */
@Component
@ConditionalOnProperty(name = "case-coordination.file-compaction.enabled", havingValue = "true")
class H2FileCompaction implements InitializingBean, DisposableBean {

    /** Below this share of live data (in chunks, in the file) a step runs; H2's background writer uses 90. */
    static final int TARGET_FILL_RATE = 90;
    /** Live bytes copied out of half-empty chunks per step: commits wait while H2 copies and moves. */
    static final int REWRITE_BYTES = 1024 * 1024;
    /** Bytes of chunks moved toward the start of the file per step. */
    static final int MOVE_BYTES = 2 * 1024 * 1024;
    /** Steps follow each other within one run while there is work, for at most this long. */
    static final long RUN_MILLIS = 300;
    /** H2's own retention time, used again while the forces are late. */
    static final int H2_RETENTION_MILLIS = 45_000;

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

    private final DataSource dataSource;
    private final H2CompactionProperties settings;
    private final BooleanSupplier turn;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemonThreads());
    private volatile MVStore store;
    private volatile long lastForce = System.nanoTime();

    H2FileCompaction(DataSource dataSource, H2CompactionProperties settings, RequestsInFlight requests) {
        this.dataSource = dataSource;
        this.settings = settings;
        // yield-at-most zero: steps back to back, whoever waits (to measure the difference)
        this.turn = new CompactionTurn(requests, settings.yieldAtMost())::await;
    }

    @Override
    public void afterPropertiesSet() {
        long sync = settings.syncInterval().toMillis();
        long compaction = settings.interval().toMillis();
        // a thread each: a long compaction step never delays the force the shorter retention relies on
        scheduler.scheduleAtFixedRate(() -> quietly(this::force), sync, sync, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> quietly(this::compact), compaction, compaction, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Forces the file, then lets H2 reuse what is older than the retention time: it is on the disk. */
    void force() throws SQLException {
        MVStore file = store();
        if (file != null) {
            file.sync();
            lastForce = System.nanoTime();
            file.setRetentionTime((int) settings.retention().toMillis());
        }
    }

    void compact() throws SQLException {
        MVStore file = store();
        if (file == null) {
            return;
        }
        if (System.nanoTime() - lastForce > settings.retention().toNanos() / 2) {
            // the disk is behind (or the forces are): back to H2's assumption until the next force
            file.setRetentionTime(H2_RETENTION_MILLIS);
        }
        compact(file, RUN_MILLIS, turn);
    }

    /**
     * Small steps while there is work, for at most {@code millis}. Before each step {@code turn} waits for the node
     * to be idle and says whether it became so; a step taken without it is the run's last.
     */
    static void compact(MVStore file, long millis, BooleanSupplier turn) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            boolean rewrote = false;
            if (file.getFileStore().getChunksFillRate() < TARGET_FILL_RATE) {
                boolean idle = turn.getAsBoolean();
                rewrote = rewrite(file);
                if (!idle) {
                    return;
                }
            }
            boolean shrank = false;
            if (file.getFileStore() instanceof RandomAccessStore random && random.getFillRate() < TARGET_FILL_RATE) {
                boolean idle = turn.getAsBoolean();
                shrank = move(file, random);
                if (!idle) {
                    return;
                }
            }
            if (!rewrote && !shrank) {
                return;
            }
        }
    }

    /** Copies the live pages of half-empty chunks, and writes them now: else the next commit, a person's, would. */
    private static boolean rewrite(MVStore file) {
        if (!file.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
            return false;
        }
        file.commit();
        return true;
    }

    /** Moves chunks from the end of the file into free space; true when the file became shorter. */
    private static boolean move(MVStore file, RandomAccessStore random) {
        long before = random.size();
        // forced outside H2's lock: the forces H2 makes while it holds the lock have little left to write
        file.sync();
        random.compactMoveChunks(TARGET_FILL_RATE, MOVE_BYTES, file);
        return random.size() < before;
    }

    /** One run on the H2 file behind a data source, as the schedule does; false when there is none. */
    static boolean compact(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            MVStore file = fileStoreOf(connection);
            if (file == null) {
                return false;
            }
            compact(file, RUN_MILLIS, () -> true);
            return true;
        }
    }

    /** Looked up once, not every second: a busy connection pool must not delay a force. */
    private MVStore store() throws SQLException {
        MVStore known = store;
        if (known == null || known.isClosed()) {
            try (Connection connection = dataSource.getConnection()) {
                known = fileStoreOf(connection);
            }
            store = known;
        }
        return known;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (SQLException | RuntimeException e) {
            // the next run tries again; a file that grows meanwhile is no reason to fail anything else
            log.warn("H2 file compaction failed: {}", e.toString());
        }
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "h2-file-compaction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
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
