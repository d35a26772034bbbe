package org.casecoordination.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casecoordination.support.ApiClient;
import org.casecoordination.support.AppProcess;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two nodes of the packaged application on one PostgreSQL database (the postgres profile), started together on an
 * empty database: they deploy the processes once, see each other's work and claims, hand out unique case
 * numbers, and run a due timer exactly once with both job executors on. Needs a server:
 * CLUSTER_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres (.ci/run starts one); the test
 * makes a database of its own there and drops it afterwards.
 */
class PostgresClusterIT {

    private static final String SERVER = System.getenv("CLUSTER_TEST_POSTGRES_URL");

    @TempDir
    Path workDir;

    private String database;
    private String databaseUrl;
    private final List<AppProcess> nodes = new ArrayList<>();

    @BeforeEach
    void createDatabase() throws SQLException {
        Assumptions.assumeTrue(SERVER != null && !SERVER.isBlank(),
                "No PostgreSQL for the cluster test: set CLUSTER_TEST_POSTGRES_URL (.ci/run starts a server and sets it)");
        database = "cc_cluster_" + System.nanoTime();
        try (Connection server = DriverManager.getConnection(SERVER)) {
            server.createStatement().execute("create database " + database);
        }
        databaseUrl = SERVER.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    @AfterEach
    void stopNodesAndDropDatabase() throws Exception {
        for (AppProcess node : nodes) {
            node.close();
        }
        if (database != null) {
            try (Connection server = DriverManager.getConnection(SERVER)) {
                server.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void twoNodesOnOneDatabaseWorkAsOne() throws Exception {
        CompletableFuture<AppProcess> startingA = CompletableFuture.supplyAsync(() -> start("node-a"));
        CompletableFuture<AppProcess> startingB = CompletableFuture.supplyAsync(() -> start("node-b"));
        AppProcess a = startingA.get(5, TimeUnit.MINUTES);
        AppProcess b = startingB.get(5, TimeUnit.MINUTES);
        JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(databaseUrl, true));

        assertThat(sql.queryForObject("select count(*) from act_re_procdef where key_ = 'CaseLifecycle'",
                Long.class)).as("both nodes started together deploy the process once").isEqualTo(1);

        ApiClient coraOnA = new ApiClient(a.baseUrl(), "cora", "demo");
        ApiClient coraOnB = new ApiClient(b.baseUrl(), "cora", "demo");
        ApiClient colinOnB = new ApiClient(b.baseUrl(), "colin", "demo");

        String caseNumber = coraOnA.post("/api/cases", referral(0)).body().get("caseNumber").asText();
        JsonNode seenOnB = coraOnB.get("/api/cases/" + caseNumber).body();
        assertThat(seenOnB.get("stage").asText()).as("a referral on A is a case on B").isEqualTo("INTAKE");

        String intake = seenOnB.get("openTasks").get(0).get("id").asText();
        assertThat(coraOnA.post("/api/tasks/" + intake + "/claim", Map.of()).status()).isEqualTo(204);
        ApiClient.Answer refused = colinOnB.post("/api/tasks/" + intake + "/claim", Map.of());
        assertThat(refused.status()).as("a claim on A is a claim on B").isEqualTo(409);
        assertThat(refused.body().toString()).contains("already claimed by Cora Lindqvist");

        assertCaseNumbersUniqueAcross(coraOnA, coraOnB);
        assertDueTimerRunsOnce(sql, coraOnA, coraOnB, caseNumber, intake);
    }

    private void assertCaseNumbersUniqueAcross(ApiClient onA, ApiClient onB) throws Exception {
        List<CompletableFuture<List<String>>> referrers = new ArrayList<>();
        for (ApiClient api : List.of(onA, onB, onA, onB)) {
            referrers.add(CompletableFuture.supplyAsync(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 1; i <= 8; i++) {
                    try {
                        ApiClient.Answer created = api.post("/api/cases", referral(i));
                        assertThat(created.status()).isEqualTo(201);
                        numbers.add(created.body().get("caseNumber").asText());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return numbers;
            }));
        }
        List<String> all = new ArrayList<>();
        for (CompletableFuture<List<String>> referrer : referrers) {
            all.addAll(referrer.get(3, TimeUnit.MINUTES));
        }
        assertThat(new HashSet<>(all)).as("case numbers from both nodes at once").hasSize(32);
    }

    private void assertDueTimerRunsOnce(JdbcTemplate sql, ApiClient onA, ApiClient onB, String caseNumber,
            String intake) throws Exception {
        assertThat(onA.post("/api/tasks/" + intake + "/complete",
                Map.of("variables", FormAnswers.intakeEligible())).status()).isEqualTo(204);
        // the assessment's "due time passed" timer (the overdue ladder), made due now: one node runs it, once
        String timer = sql.queryForObject("select j.id_ from act_ru_job j join act_ru_execution e "
                + "on e.id_ = j.process_instance_id_ where e.business_key_ = ? and j.type_ = 'timer' "
                + "and j.handler_cfg_ like '%BoundaryEvent_AssessmentOverdue%'", String.class, caseNumber);
        sql.update("update act_ru_job set duedate_ = now() - interval '1 minute' where id_ = ?", timer);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (sql.queryForObject("select count(*) from act_ru_job where id_ = ?", Long.class, timer) > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        Thread.sleep(3000); // time for a second execution, were there one
        assertThat(sql.queryForObject("select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                Long.class, timer)).as("successful runs of the timer job").isEqualTo(1);
        assertThat(openTasks(onA, caseNumber)).as("the assessment stays open, once")
                .containsOnlyOnce("Task_Assessment");
    }

    private static String openTask(ApiClient api, String caseNumber, String key) throws Exception {
        for (JsonNode task : api.get("/api/cases/" + caseNumber).body().get("openTasks")) {
            if (key.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no open " + key + " on " + caseNumber);
    }

    private static List<String> openTasks(ApiClient api, String caseNumber) throws Exception {
        List<String> keys = new ArrayList<>();
        api.get("/api/cases/" + caseNumber).body().get("openTasks")
                .forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
        return keys;
    }

    private AppProcess start(String name) {
        try {
            Path dir = Files.createDirectories(workDir.resolve(name));
            AppProcess node = AppProcess.start(dir, name, List.of("--spring.profiles.active=demo,postgres",
                            // a due job is picked up within seconds, not after the executor's idle back-off
                            "--camunda.bpm.job-execution.wait-time-in-millis=500",
                            "--camunda.bpm.job-execution.max-wait=1000"),
                    Map.of("CASE_COORDINATION_DB_URL", databaseUrl, "CASE_COORDINATION_DB_USER", user(),
                            "CASE_COORDINATION_DB_PASSWORD", ""));
            synchronized (nodes) {
                nodes.add(node);
            }
            return node;
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not start", e);
        }
    }

    private String user() {
        java.util.regex.Matcher user = java.util.regex.Pattern.compile("[?&]user=([^&]+)").matcher(SERVER);
        return user.find() ? user.group(1) : "postgres";
    }

    private static Map<String, Object> referral(int i) {
        return Map.of(
                "client", Map.of("firstName", "Cluster", "lastName", "Node" + System.nanoTime() + "x" + i,
                        "dateOfBirth", "1948-05-1" + (i % 10), "sex", "MALE"),
                "primaryConcern", "CANCER", "urgency", "URGENT", "referralSource", "cluster test");
    }
}
