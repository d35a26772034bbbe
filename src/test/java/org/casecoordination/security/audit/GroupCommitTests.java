package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Group commit's rules without a database: a lone event is written alone and at once; events that arrive while a
 * batch is written form the next batch; an event that cannot be written fails its caller only.
 */
class GroupCommitTests {

    /** Writes in memory, keeps the batches; "blocked" holds the first batch until released. */
    static class Recorded implements GroupCommit.Writes {
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch blocking = new CountDownLatch(1);

        @Override
        public List<AuditEvent> together(List<GroupCommit.Entry> batch) {
            List<String> names = batch.stream().map(entry -> entry.event().getResource()).toList();
            batches.add(names);
            if (names.contains("cannot be written")) {
                throw new IllegalStateException("batch rolled back");
            }
            return batch.stream().map(GroupCommit.Entry::event).toList();
        }

        @Override
        public AuditEvent alone(GroupCommit.Entry entry) {
            String name = entry.event().getResource();
            batches.add(List.of(name));
            if (name.equals("blocked")) {
                blocking.countDown();
                await(release);
            }
            if (name.equals("cannot be written")) {
                throw new IllegalArgumentException("value too long");
            }
            return entry.event();
        }
    }

    @Test
    void aLoneEventIsWrittenAloneByItsCaller() {
        Recorded writes = new Recorded();
        GroupCommit group = new GroupCommit(writes);

        AuditEvent event = event("alone");
        assertThat(group.write(new GroupCommit.Entry(event, false))).isSameAs(event);

        assertThat(writes.batches).containsExactly(List.of("alone"));
    }

    @Test
    void eventsThatArriveWhileABatchIsWrittenShareTheNextOne() throws Exception {
        Recorded writes = new Recorded();
        GroupCommit group = new GroupCommit(writes);
        CompletableFuture<AuditEvent> first = writeInThread(group, "blocked");
        writes.blocking.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<AuditEvent>> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(writeInThread(group, "view " + i));
        }
        waitUntilWaiting(group, 5);
        assertThat(others).noneMatch(CompletableFuture::isDone);

        writes.release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).getResource()).isEqualTo("blocked");
        for (CompletableFuture<AuditEvent> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(writes.batches).hasSize(2);
        assertThat(writes.batches.get(1)).containsExactlyInAnyOrder("view 0", "view 1", "view 2", "view 3", "view 4");
    }

    @Test
    void anEventThatCannotBeWrittenFailsItsCallerOnlyAndTheRestOfItsBatchIsWritten() throws Exception {
        Recorded writes = new Recorded();
        GroupCommit group = new GroupCommit(writes);
        CompletableFuture<AuditEvent> first = writeInThread(group, "blocked");
        writes.blocking.await(10, TimeUnit.SECONDS);
        CompletableFuture<AuditEvent> before = writeInThread(group, "before");
        waitUntilWaiting(group, 1);
        CompletableFuture<AuditEvent> bad = writeInThread(group, "cannot be written");
        waitUntilWaiting(group, 2);
        CompletableFuture<AuditEvent> after = writeInThread(group, "after");
        waitUntilWaiting(group, 3);

        writes.release.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(before.get(10, TimeUnit.SECONDS).getResource()).isEqualTo("before");
        assertThat(after.get(10, TimeUnit.SECONDS).getResource()).isEqualTo("after");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("value too long");
        // the batch of three, rolled back, then each alone
        assertThat(writes.batches).containsExactly(List.of("blocked"), List.of("before", "cannot be written", "after"),
                List.of("before"), List.of("cannot be written"), List.of("after"));
    }

    @Test
    void noCallerWaitsForeverWhenTheWriterFailsWithAnError() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        GroupCommit group = new GroupCommit(new GroupCommit.Writes() {
            @Override
            public List<AuditEvent> together(List<GroupCommit.Entry> batch) {
                throw new OutOfMemoryError("no room");
            }

            @Override
            public AuditEvent alone(GroupCommit.Entry entry) {
                blocking.countDown();
                await(release);
                throw new OutOfMemoryError("no room");
            }
        });
        CompletableFuture<AuditEvent> first = writeInThread(group, "first");
        blocking.await(10, TimeUnit.SECONDS);
        CompletableFuture<AuditEvent> second = writeInThread(group, "second");
        CompletableFuture<AuditEvent> third = writeInThread(group, "third");
        waitUntilWaiting(group, 2);

        release.countDown();

        for (CompletableFuture<AuditEvent> caller : List.of(first, second, third)) {
            assertThatThrownBy(() -> caller.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        }
    }

    private static CompletableFuture<AuditEvent> writeInThread(GroupCommit group, String resource) {
        CompletableFuture<AuditEvent> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(group.write(new GroupCommit.Entry(event(resource), false)));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static void waitUntilWaiting(GroupCommit group, int events) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.waiting() < events && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(group.waiting()).as("events waiting for the batch being written").isEqualTo(events);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static AuditEvent event(String resource) {
        return new AuditEvent(Instant.now(), "group-test", AuditAction.VIEW_RECORD, "GC-1", resource, "200", null);
    }
}
