package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.ConnectionPools;
import org.casecoordination.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit rows of concurrent requests share one commit (issue #17, load run: with 50 coordinators every audited view
 * committed alone, about 40 commits a second, each writing a new chunk of the embedded database). Each caller still
 * returns only once its own row is committed.
 */
@ApplicationTest
class AuditCommitCostTests {

    private static final int CALLERS = 20;

    @Autowired
    AuditLog auditLog;
    @Autowired
    SqlStatements sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /**
     * The first caller's batch is held (it waits for a connection: the test has them all) until the other 19 are
     * queued behind it, so the overlap that a busy day gives is certain here; left to the scheduler, 20 threads
     * released at once overlapped in 2 to 6 batches, and once in a CI run not at all.
     */
    @Test
    void viewsOfConcurrentRequestsShareCommitsAndEachReturnsOnceItsRowIsCommitted() throws Exception {
        String run = "GC-" + System.nanoTime() % 100000;
        List<Long> rowsSeenOnReturn = new ArrayList<>();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long wait = ConnectionPools.connectionTimeout(pool, 30_000);
        try {
            List<SqlStatements.Statement> statements = sql.of(() -> {
                Future<List<Long>> views;
                List<Connection> taken = take(pool, pool.getMaximumPoolSize());
                try {
                    views = inBackground(() -> atOnce(CALLERS, i -> {
                        // two callers view the same record at once: one row, as for views one after the other
                        String caseNumber = i == 1 ? run + "-0" : run + "-" + i;
                        auditLog.writeView(new AuditEvent(Instant.now(), "group-test", AuditAction.VIEW_RECORD,
                                caseNumber, "GET /cases/" + caseNumber, "200", "127.0.0.1"));
                        // from another connection, as soon as the caller is answered
                        return jdbc.queryForObject(
                                "select count(*) from audit_event where case_number = ? and actor = ?", Long.class,
                                caseNumber, "group-test");
                    }));
                    waitUntilQueued(CALLERS - 1);
                } finally {
                    closeAll(taken);
                }
                rowsSeenOnReturn.addAll(views.get(60, TimeUnit.SECONDS));
            });

            long commits = SqlStatements.commits(statements);
            System.out.printf("%d concurrent audited views: %d SQL statements, %d commits%n", CALLERS,
                    SqlStatements.total(statements), commits);
            // one transaction per view before: 2 COMMITs each (see below), 40. Now the first view's transaction and
            // one for the 19 queued behind it: 4, and whatever another session commits meanwhile (H2 counts every
            // session's statements)
            assertThat(commits).as("commits for %d views written at the same moment", CALLERS)
                    .isLessThan((long) CALLERS);
        } finally {
            ConnectionPools.connectionTimeout(pool, wait);
        }
        assertThat(rowsSeenOnReturn).as("each caller's row, read from another connection when it returned")
                .hasSize(CALLERS).allMatch(rows -> rows == 1L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_number like ?", Long.class,
                run + "-%")).as("rows: one per record and user").isEqualTo(CALLERS - 1L);
    }

    @Test
    void aLoneViewIsOneTransactionAndOneCommitAsBefore() throws Exception {
        String caseNumber = "GC-L-" + System.nanoTime() % 100000;

        List<SqlStatements.Statement> statements = sql.of(() -> auditLog.writeView(new AuditEvent(Instant.now(),
                "group-test", AuditAction.VIEW_RECORD, caseNumber, "GET /cases/" + caseNumber, "200", null)));

        System.out.printf("one audited view: %d SQL statements, %d commits%n", SqlStatements.total(statements),
                SqlStatements.commits(statements));
        // H2 counts two COMMITs per transaction: the transaction's and the pool's return to auto-commit
        assertThat(SqlStatements.commits(statements)).as("commits of one transaction").isLessThanOrEqualTo(2);
    }

    /**
     * 50 coordinators share 10 connections. Callers waiting for a batch hold no connection (callers inside a
     * transaction write alone), so the batch's writer gets one even when all but one are taken.
     */
    @Test
    void concurrentAuditsNeedOneFreeConnection() throws Exception {
        String run = "GC-P-" + System.nanoTime() % 100000;
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long wait = ConnectionPools.connectionTimeout(pool, 2000);
        List<Connection> taken = take(pool, pool.getMaximumPoolSize() - 1);
        try {
            atOnce(CALLERS, i -> auditLog.write(new AuditEvent(Instant.now(), "group-pool", AuditAction.VIEW_LIST,
                    run, "Task list page " + i, AuditEvent.SUCCESS, "127.0.0.1")));
        } finally {
            closeAll(taken);
            ConnectionPools.connectionTimeout(pool, wait);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_number = ?", Long.class, run))
                .isEqualTo((long) CALLERS);
    }

    private static List<Connection> take(HikariDataSource pool, int connections) throws Exception {
        List<Connection> taken = new ArrayList<>();
        while (taken.size() < connections) {
            taken.add(pool.getConnection());
        }
        return taken;
    }

    private static void closeAll(List<Connection> taken) throws Exception {
        for (Connection connection : taken) {
            connection.close();
        }
    }

    private void waitUntilQueued(int events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (auditLog.eventsWaitingForCommit() < events) {
            assertThat(System.nanoTime()).as("%d events queued behind the first", events).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static <T> Future<T> inBackground(Callable<T> work) {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(work);
        } finally {
            thread.shutdown();
        }
    }

    interface Caller<T> {
        T call(int i) throws Exception;
    }

    /** Runs the callers in threads of their own, released at the same moment; their results in order. */
    private static <T> List<T> atOnce(int count, Caller<T> caller) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CyclicBarrier start = new CyclicBarrier(count);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(threads.submit((Callable<T>) () -> {
                    start.await(20, TimeUnit.SECONDS);
                    return caller.call(n);
                }));
            }
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get(30, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }
}
