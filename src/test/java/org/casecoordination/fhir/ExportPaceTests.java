package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casecoordination.system.RequestsInFlight;
import org.junit.jupiter.api.Test;

/**
 * A bulk export's steps give way to people's requests on the node: a step waits while a page is served and starts
 * when it ends; a step that started on an idle node stops at the next case when a page comes in; under steady use a
 * step still runs after the longest wait, for its share of work, so the export finishes.
 */
class ExportPaceTests {

    private final RequestsInFlight requests = new RequestsInFlight();

    @Test
    void aStepWaitsWhileAPageIsServedAndStartsWhenItEnds() throws Exception {
        ExportPace pace = pace(Duration.ofSeconds(30), Duration.ofMillis(25));
        RequestsInFlight.Request page = requests.begin();
        long start = System.nanoTime();
        CompletableFuture<ExportPace.Turn> turn = CompletableFuture.supplyAsync(pace::awaitTurn);
        Thread.sleep(300);
        assertThat(turn).as("no step while the page is served").isNotDone();
        page.close();
        ExportPace.Turn taken = turn.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300),
                Duration.ofSeconds(10));
        assertThat(taken.goOn()).as("the node is idle: the step works").isTrue();
        try (RequestsInFlight.Request next = requests.begin()) {
            assertThat(taken.goOn()).as("a page comes in: the step stops at the next case").isFalse();
        }
        assertThat(taken.goOn()).isTrue();
    }

    @Test
    void underSteadyUseAStepStillRunsAfterTheLongestWaitForItsShare() throws Exception {
        ExportPace pace = pace(Duration.ofMillis(200), Duration.ofMillis(400));
        try (RequestsInFlight.Request busy = requests.begin()) {
            long start = System.nanoTime();
            ExportPace.Turn turn = pace.awaitTurn();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited its longest")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(turn.goOn()).as("then works, though a page is served").isTrue();
            Thread.sleep(450);
            assertThat(turn.goOn()).as("and gives way again once its share is done").isFalse();
        }
    }

    @Test
    void aZeroWaitTurnsGivingWayOff() {
        ExportPace pace = pace(Duration.ZERO, Duration.ofMillis(25));
        try (RequestsInFlight.Request busy = requests.begin()) {
            long start = System.nanoTime();
            ExportPace.Turn turn = pace.awaitTurn();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
            assertThat(turn.goOn()).isTrue();
        }
    }

    private ExportPace pace(Duration yieldAtMost, Duration workAfterWaiting) {
        return new ExportPace(requests, properties(yieldAtMost, workAfterWaiting));
    }

    static ExportProperties properties(Duration yieldAtMost, Duration workAfterWaiting) {
        return new ExportProperties(Duration.ofHours(24), Duration.ofMinutes(5), 50, 3, Duration.ofSeconds(30),
                Duration.ofMinutes(15), yieldAtMost, workAfterWaiting);
    }
}
