package org.casecoordination.system.operations;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.casecoordination.system.RequestsInFlight;

/**
 * When a step of the H2 file compaction may hold H2's store lock: once no person's request has been served for a
 * short quiet time, so that a step does not start in the gap between two requests of someone clicking through
 * (a page and the requests its scripts make follow each other within milliseconds), and a request that arrives
 * anyway waits for one small step. After {@code yieldAtMost} without such a pause the step runs anyway: a node that
 * is never idle still compacts, one step at a time.
 */
final class CompactionTurn {

    /** No request for this long counts as a pause: longer than the gaps between one person's requests. */
    static final Duration QUIET = Duration.ofMillis(20);
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final RequestsInFlight requests;
    private final Duration yieldAtMost;
    private final Duration quiet;

    CompactionTurn(RequestsInFlight requests, Duration yieldAtMost) {
        this(requests, yieldAtMost, QUIET);
    }

    CompactionTurn(RequestsInFlight requests, Duration yieldAtMost, Duration quiet) {
        this.requests = requests;
        this.yieldAtMost = yieldAtMost;
        this.quiet = quiet;
    }

    /** Waits for a pause; true when there was one, false when the time ran out (zero: never waits, always true). */
    boolean await() {
        if (yieldAtMost.isZero()) {
            return true;
        }
        long deadline = System.nanoTime() + yieldAtMost.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !requests.awaitIdle(Duration.ofNanos(left))) {
                return false;
            }
            if (deadline - System.nanoTime() < quiet.toNanos()) {
                return false; // no time left for a whole pause: the step runs, as one that waited in vain
            }
            if (staysIdle(quiet.toNanos())) {
                return true;
            }
        }
    }

    /** Whether no request began for {@code nanos}: counted, so one that came and went between two looks counts. */
    private boolean staysIdle(long nanos) {
        long begun = requests.begun();
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() - until < 0) {
            if (requests.begun() != begun || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(LOOK_AGAIN_NANOS);
        }
        return requests.begun() == begun && requests.count() == 0;
    }
}
