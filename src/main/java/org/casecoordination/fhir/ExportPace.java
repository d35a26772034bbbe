package org.casecoordination.fhir;

import java.time.Duration;
import org.casecoordination.system.RequestsInFlight;
import org.springframework.stereotype.Component;

/**
 * How a bulk export gives way to people on this node. Before each step it waits while the node serves people's
 * requests ({@link RequestsInFlight}); once a step runs, it stops after the case at hand as soon as a request comes
 * in, so a page shares the CPU with the export for about one case (under a millisecond). Under steady use the node
 * is never idle: a step that waited {@code yieldAtMost} runs anyway for {@code workAfterWaiting}, so the export
 * still finishes, at about {@code workAfterWaiting / (yieldAtMost + workAfterWaiting)} of its speed.
 *
 * <p>Why this and not the thread's priority: Linux ignores Java's thread priorities by default, and with two cores a
 * page and an export step ran side by side (the database's commits, the collector's pauses and the JIT's threads
 * all shared), which doubled the pages' p95 while a large export ran (docs/benchmarks.md).
 */
@Component
class ExportPace {

    private final RequestsInFlight requests;
    private final Duration yieldAtMost;
    private final long workAfterWaitingNanos;
    /** Off only to measure the difference (the benchmark); configured by {@code yield-at-most}: zero is off. */
    private volatile boolean givingWay;

    ExportPace(RequestsInFlight requests, ExportProperties properties) {
        this.requests = requests;
        this.yieldAtMost = properties.yieldAtMost();
        this.workAfterWaitingNanos = properties.workAfterWaiting().toNanos();
        this.givingWay = !yieldAtMost.isZero() && !yieldAtMost.isNegative();
    }

    /** Waits for the next step's turn: until the node is idle, or {@code yieldAtMost} has passed. */
    Turn awaitTurn() {
        if (!givingWay) {
            return new Turn(Long.MAX_VALUE);
        }
        boolean idle = requests.awaitIdle(yieldAtMost);
        return new Turn(idle ? 0 : workAfterWaitingNanos);
    }

    /** One step's turn: how long it may go on while people's requests are served. */
    final class Turn {

        private final long started = System.nanoTime();
        private final long atLeastNanos;

        private Turn(long atLeastNanos) {
            this.atLeastNanos = atLeastNanos;
        }

        /** Whether the step may build another case now. */
        boolean goOn() {
            return requests.count() == 0 || System.nanoTime() - started < atLeastNanos;
        }
    }
}
