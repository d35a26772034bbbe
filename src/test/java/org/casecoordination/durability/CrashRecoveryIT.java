package org.casecoordination.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.casecoordination.support.ApiClient;
import org.casecoordination.support.AppProcess;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the packaged application on its default H2 file database (./data/ in a
 * directory of its own) takes referrals and intake completions from several coordinators at once while it compacts
 * its file every 0.1 s with a 2 s retention time, is killed with SIGKILL in the middle of it, and after a restart every request that got a 2xx answer is there, and the records
 * and the engine agree (LifecycleInvariant through the health endpoint).
 */
class CrashRecoveryIT {

    private static final int WORKERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    Path workDir;

    private final Set<String> referred = ConcurrentHashMap.newKeySet();
    private final Set<String> intakeDone = ConcurrentHashMap.newKeySet();
    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicBoolean killed = new AtomicBoolean();

    @Test
    void everyAcknowledgedReferralAndCompletionSurvivesAKill() throws Exception {
        // the H2 file compacted nearly all the time (issue #17): the kill also lands while it compacts
        AppProcess app = AppProcess.start(workDir, "before-kill", List.of(
                "--case-coordination.file-compaction.enabled=true",
                "--case-coordination.file-compaction.interval=PT0.1S",
                "--case-coordination.file-compaction.retention=PT2S"));
        ExecutorService coordinators = Executors.newFixedThreadPool(WORKERS);
        try {
            ApiClient cora = new ApiClient(app.baseUrl(), "cora", "demo");
            for (int i = 0; i < WORKERS; i++) {
                coordinators.submit(() -> work(cora));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (referred.size() + intakeDone.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline
                    && errors.isEmpty()) {
                Thread.sleep(50);
            }
            killed.set(true);
            app.kill(); // mid-stream: the workers have requests in flight
        } finally {
            killed.set(true);
            coordinators.shutdownNow();
            coordinators.awaitTermination(30, TimeUnit.SECONDS);
            app.close();
        }
        assertThat(errors).as("answers other than 2xx before the kill").isEmpty();
        assertThat(referred).as("referrals acknowledged before the kill").hasSizeGreaterThan(5);
        assertThat(intakeDone).as("intakes acknowledged before the kill").isNotEmpty();
        assertThat(Files.exists(workDir.resolve("data/case-coordination.mv.db"))).isTrue();

        try (AppProcess restarted = AppProcess.start(workDir, "after-kill", List.of())) {
            ApiClient cora = new ApiClient(restarted.baseUrl(), "cora", "demo");
            for (String caseNumber : referred) {
                ApiClient.Answer answer = cora.get("/api/cases/" + caseNumber);
                assertThat(answer.status()).as("acknowledged referral %s after the restart", caseNumber)
                        .isEqualTo(200);
                if (intakeDone.contains(caseNumber)) {
                    assertThat(answer.body().get("stage").asText()).as("stage of %s", caseNumber)
                            .isEqualTo("ASSESSMENT");
                    assertThat(taskKeys(answer.body())).doesNotContain("Task_Intake").contains("Task_Assessment");
                }
            }
            ApiClient.Answer another = cora.post("/api/cases", referral());
            assertThat(another.status()).as("a new referral after the restart").isEqualTo(201);
            assertThat(referred).as("case numbers are not handed out twice")
                    .doesNotContain(another.body().get("caseNumber").asText());

            JsonNode lifecycle = new ApiClient(restarted.baseUrl(), "admin", "demo")
                    .get("/actuator/health/caseLifecycle").body();
            assertThat(lifecycle.get("status").asText()).as("records and engine agree: %s", lifecycle)
                    .isEqualTo("UP");
        }
    }

    /** One coordinator: a referral, then (every other time) its intake; until the application is killed. */
    private void work(ApiClient api) {
        boolean completeIntake = false;
        while (!killed.get()) {
            try {
                ApiClient.Answer created = api.post("/api/cases", referral());
                if (!created.ok()) {
                    fail("referral", created);
                    continue;
                }
                String caseNumber = created.body().get("caseNumber").asText();
                referred.add(caseNumber);
                completeIntake = !completeIntake;
                if (completeIntake) {
                    completeIntakeOf(api, caseNumber);
                }
            } catch (IOException e) {
                if (!killed.get()) {
                    errors.add("I/O before the kill: " + e);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void completeIntakeOf(ApiClient api, String caseNumber) throws IOException, InterruptedException {
        ApiClient.Answer view = api.get("/api/cases/" + caseNumber);
        if (!view.ok()) {
            fail("case view", view);
            return;
        }
        String taskId = view.body().get("openTasks").get(0).get("id").asText();
        ApiClient.Answer completed = api.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", FormAnswers.intakeEligible()));
        if (completed.ok()) {
            intakeDone.add(caseNumber);
        } else {
            fail("intake completion", completed);
        }
    }

    private void fail(String what, ApiClient.Answer answer) {
        if (!killed.get()) {
            errors.add(what + ": " + answer.status() + " " + answer.body());
        }
    }

    private static List<String> taskKeys(JsonNode caseView) {
        return java.util.stream.StreamSupport.stream(caseView.get("openTasks").spliterator(), false)
                .map(task -> task.get("taskDefinitionKey").asText()).toList();
    }

    private static Map<String, Object> referral() {
        return Map.of(
                "client", Map.of("firstName", "Crash", "lastName", "Survivor" + NAMES.incrementAndGet(),
                        "dateOfBirth", "1950-03-0" + (1 + NAMES.get() % 9), "sex", "FEMALE"),
                "primaryConcern", "DEMENTIA", "urgency", "ROUTINE", "referralSource", "crash test");
    }
}
