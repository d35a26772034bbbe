package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Group commit on the real schema: when one event of a batch cannot be written, the batch is rolled back and its
 * events are written one by one, so only that event's caller fails.
 */
@ApplicationTest
class GroupCommitFailureTests {

    @Autowired
    AuditEventRepository events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    AuditProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventThatCannotBeWrittenFailsItsCallerOnlyAndTheRestOfItsBatchIsWritten() throws Exception {
        String run = "GC-F-" + System.nanoTime() % 100000;
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var real = new AuditTransactions(events, transactionManager, properties);
        // the first event's transaction waits until the other three are queued: they are one batch
        GroupCommit group = new GroupCommit(new GroupCommit.Writes() {
            @Override
            public List<AuditEvent> together(List<GroupCommit.Entry> batch) {
                return real.together(batch);
            }

            @Override
            public AuditEvent alone(GroupCommit.Entry entry) {
                if (entry.event().getResource().equals("first")) {
                    writing.countDown();
                    awaitQuietly(release);
                }
                return real.alone(entry);
            }
        });
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<AuditEvent> first = callers.submit(() -> group.write(entry(run, "first", Instant.now())));
            writing.await(10, TimeUnit.SECONDS);
            Future<AuditEvent> before = callers.submit(() -> group.write(entry(run, "before", Instant.now())));
            waitUntilWaiting(group, 1);
            // no time: the column is NOT NULL, so the insert fails at the commit
            Future<AuditEvent> bad = callers.submit(() -> group.write(entry(run, "cannot be written", null)));
            waitUntilWaiting(group, 2);
            Future<AuditEvent> after = callers.submit(() -> group.write(entry(run, "after", Instant.now())));
            waitUntilWaiting(group, 3);

            release.countDown();

            assertThat(first.get(20, TimeUnit.SECONDS).getId()).isNotNull();
            assertThat(before.get(20, TimeUnit.SECONDS).getId()).isNotNull();
            assertThat(after.get(20, TimeUnit.SECONDS).getId()).isNotNull();
            assertThatThrownBy(() -> bad.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(RuntimeException.class);
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
        assertThat(jdbc.queryForList("select resource from audit_event where case_number = ? order by id",
                String.class, run)).containsExactly("first", "before", "after");
    }

    private static GroupCommit.Entry entry(String caseNumber, String resource, Instant occurredAt) {
        return new GroupCommit.Entry(new AuditEvent(occurredAt, "group-test", AuditAction.CHANGE_RECORD, caseNumber,
                resource, "200", "127.0.0.1"), false);
    }

    private static void waitUntilWaiting(GroupCommit group, int events) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.waiting() < events && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(group.waiting()).as("events waiting for the batch being written").isEqualTo(events);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
