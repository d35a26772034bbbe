package org.casecoordination.security.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for the audit log: events that requests write at the same moment go into one transaction and one
 * commit, and each caller returns only once its own row is committed. With {@code WRITE_DELAY=0} every commit of
 * the embedded database writes a new chunk of every changed page and its path to the root; one commit per audited
 * view was a sixth of the application's CPU under load (issue #17, docs/benchmarks.md "Audit rows: one commit for
 * concurrent requests (session 14)"). No library does group commit for JPA, hence this small class.
 *
 * <p>There is no writer thread and no timer: the first caller that finds no batch being written writes everything
 * queued so far (its own event among it) and leaves; events that arrive meanwhile wait, and when the batch is done
 * one of their callers writes the next. A lone request writes its own event at once, as before. Waiting callers
 * must hold no database connection (see {@link AuditLog}), so the writer's connection is never one they keep.
 *
 * <p>When a batch cannot be written, its events are written one by one, so only an event that cannot be written
 * fails, and only its caller.
 */
final class GroupCommit {

    /** How events are written: several in one transaction of their own, or one alone. */
    interface Writes {

        /**
         * Writes all of them in one transaction, in order, or none and throws. Returns each one's row, or null
         * for a repeated view that was not written.
         */
        List<AuditEvent> together(List<Entry> batch);

        /** Writes one in a transaction of its own; its row, null for a repeated view; throws when it cannot. */
        AuditEvent alone(Entry entry);
    }

    /** An event to write; a view is not written again when it repeats a recent one (see AuditLog.writeView). */
    record Entry(AuditEvent event, boolean view) {
    }

    private final Writes writes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchDone = lock.newCondition();
    private final List<Waiting> queue = new ArrayList<>();
    private boolean writing;

    GroupCommit(Writes writes) {
        this.writes = writes;
    }

    /** Writes the event with whatever else is queued; returns once it is committed, or throws what kept it out. */
    AuditEvent write(Entry entry) {
        Waiting mine = new Waiting(entry);
        lock.lock();
        try {
            queue.add(mine);
            while (!mine.done) {
                if (writing) {
                    batchDone.awaitUninterruptibly();
                } else {
                    writeQueued();
                }
            }
        } finally {
            lock.unlock();
        }
        return mine.result();
    }

    /** Events waiting for the batch being written (tests). */
    int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; lets it go while the batch is written, so the next batch can form. */
    private void writeQueued() {
        List<Waiting> batch = List.copyOf(queue);
        queue.clear();
        writing = true;
        Outcome[] outcomes = new Outcome[batch.size()];
        lock.unlock();
        try {
            write(batch, outcomes);
        } finally {
            lock.lock();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(outcomes[i] != null ? outcomes[i]
                        : new Outcome(null, new IllegalStateException("audit event not written")));
            }
            writing = false;
            batchDone.signalAll();
        }
    }

    private void write(List<Waiting> batch, Outcome[] outcomes) {
        if (batch.size() > 1) {
            try {
                List<AuditEvent> rows = writes.together(batch.stream().map(waiting -> waiting.entry).toList());
                for (int i = 0; i < rows.size(); i++) {
                    outcomes[i] = new Outcome(rows.get(i), null);
                }
                return;
            } catch (RuntimeException oneOfThemCannotBeWritten) {
                // rolled back: find it by writing them one by one
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            try {
                outcomes[i] = new Outcome(writes.alone(batch.get(i).entry), null);
            } catch (RuntimeException e) {
                outcomes[i] = new Outcome(null, e);
            }
        }
    }

    private record Outcome(AuditEvent row, RuntimeException failure) {
    }

    /** A caller's event; its fields are read and written holding the lock. */
    private static final class Waiting {
        private final Entry entry;
        private boolean done;
        private Outcome outcome;

        Waiting(Entry entry) {
            this.entry = entry;
        }

        void complete(Outcome outcome) {
            this.outcome = outcome;
            this.done = true;
        }

        AuditEvent result() {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return outcome.row();
        }
    }
}
