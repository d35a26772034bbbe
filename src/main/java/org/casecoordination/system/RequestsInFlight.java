package org.casecoordination.system;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How many of people's requests this node is serving right now, so that background work (a bulk export) can give way
 * to them: it works while the node is idle and waits while someone waits for a page. Counted by
 * {@link RequestsInFlightFilter}; static files and {@link BackgroundCalls} are not counted.
 */
@Component
public class RequestsInFlight {

    /** How often a waiting worker looks again: short against a page (tens of ms), costs nothing measurable. */
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong begun = new AtomicLong();

    /** A request begins: close what this returns when it ends. */
    public Request begin() {
        begun.incrementAndGet();
        inFlight.incrementAndGet();
        return new Request();
    }

    /** Requests begun since the start: a worker that looks now and then sees that one came and went meanwhile. */
    public long begun() {
        return begun.get();
    }

    /** Requests being served now. */
    public int count() {
        return inFlight.get();
    }

    /**
     * Waits until no request is being served, for at most {@code atMost}; true when the node became idle, false when
     * the time ran out (or the thread was interrupted, whose flag stays set).
     */
    public boolean awaitIdle(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(LOOK_AGAIN_NANOS);
        }
        return true;
    }

    /** One request being served; closing it twice counts once. */
    public final class Request implements AutoCloseable {

        private boolean closed;

        private Request() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                inFlight.decrementAndGet();
            }
        }
    }
}
