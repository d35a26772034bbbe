package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casecoordination.system.RequestsInFlight;
import org.junit.jupiter.api.Test;

/**
 * A compaction step waits while people are served and for a short pause after, but not for ever: a node that is
 * never idle still gets its steps.
 */
class CompactionTurnTests {

    private final RequestsInFlight requests = new RequestsInFlight();

    @Test
    void anIdleNodeGetsItsStepAfterTheQuietTime() {
        long started = System.nanoTime();
        assertThat(new CompactionTurn(requests, Duration.ofSeconds(5)).await()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(CompactionTurn.QUIET)
                .isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theStepWaitsUntilTheRequestsAreServed() throws Exception {
        RequestsInFlight.Request page = requests.begin();
        CompletableFuture<Boolean> turn = CompletableFuture.supplyAsync(
                () -> new CompactionTurn(requests, Duration.ofSeconds(10)).await());
        Thread.sleep(300);
        assertThat(turn).as("no step while a page is being served").isNotDone();
        page.close();
        assertThat(turn.get(5, TimeUnit.SECONDS)).as("a pause came").isTrue();
    }

    @Test
    void aNodeThatIsNeverIdleGetsAStepAnywayAfterYieldAtMost() {
        try (RequestsInFlight.Request page = requests.begin()) {
            long started = System.nanoTime();
            assertThat(new CompactionTurn(requests, Duration.ofMillis(300)).await()).as("no pause came").isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300))
                    .isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void requestsInQuickSuccessionAreNoPause() throws Exception {
        // one person's requests 2 ms apart (spun: a sleep may last far longer on a busy machine), against a quiet
        // time of 0.2 s (the application's is shorter, which a busy test machine could not time reliably)
        Duration quiet = Duration.ofMillis(200);
        CompletableFuture<Boolean> turn = null;
        long started = System.nanoTime();
        while (turn == null || !turn.isDone()) {
            try (RequestsInFlight.Request page = requests.begin()) {
                Thread.sleep(10);
            }
            if (turn == null) {
                started = System.nanoTime();
                turn = CompletableFuture.supplyAsync(() -> new CompactionTurn(requests, Duration.ofMillis(600), quiet)
                        .await());
            }
            long gap = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2);
            while (System.nanoTime() < gap) {
                Thread.onSpinWait();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
        assertThat(turn.get()).as("the step ran after yield-at-most, not in a gap").isFalse();
        // it stops looking once too little of yield-at-most is left for a whole pause
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void zeroMeansNoWaiting() {
        try (RequestsInFlight.Request page = requests.begin()) {
            assertThat(new CompactionTurn(requests, Duration.ZERO).await()).isTrue();
        }
    }
}
