package org.casecoordination.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casecoordination.support.AppProcess;

/**
 * Load run (issue #9), not a test: starts the packaged application on loopback with a fresh H2 file database and
 * lets N simulated coordinators work for S seconds, each logged in once through the login page like a browser
 * (session cookie, CSRF token): a referral arrives for their team (JSON API), they open their team's queue (My
 * tasks before issue #17), search it by the case number, open the case, claim its intake and complete it with the
 * intake form. Any unexpected answer is an error; the run fails
 * when there is one. Throughput and latency percentiles per action go to target/load/load-report.txt.
 *
 * <p>{@code mvn -Pload verify [-Dload.users=50 -Dload.seconds=60] [-Dload.appArgs="--some.setting=value"]}
 */
public final class LoadRun {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern INTAKE_LINK =
            Pattern.compile("href=\"/tasks/([^\"]+)\"[^>]*data-task-key=\"Task_Intake\"");
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");
    private static final String[][] COORDINATORS = {{"cora", "team-north"}, {"colin", "team-north"},
            {"dana", "team-south"}};

    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger names = new AtomicInteger();
    private final String baseUrl;

    private LoadRun(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 50);
        int seconds = Integer.getInteger("load.seconds", 60);
        Path dir = Files.createDirectories(Path.of(System.getProperty("load.dir", "target/load")));
        Path workDir = Files.createTempDirectory("case-coordination-load");
        System.setProperty("app.fullJit", "true");
        // load.appArgs: extra application arguments, space-separated (to compare a setting before and after)
        String appArgs = System.getProperty("load.appArgs", "").strip();
        List<String> arguments = appArgs.isEmpty() ? List.of() : List.of(appArgs.split("\\s+"));
        try (AppProcess app = AppProcess.start(workDir, "load-app", arguments)) {
            LoadRun run = new LoadRun(app.baseUrl());
            Instant started = Instant.now();
            run.drive(users, Duration.ofSeconds(seconds));
            Duration took = Duration.between(started, Instant.now());
            String report = run.report(users, took);
            Files.writeString(dir.resolve("load-report.txt"), report);
            System.out.println(report);
            if (!run.errors.isEmpty()) {
                System.exit(1);
            }
        }
    }

    private void drive(int users, Duration length) throws InterruptedException {
        Instant end = Instant.now().plus(length);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int i = 0; i < users; i++) {
            String[] coordinator = COORDINATORS[i % COORDINATORS.length];
            pool.submit(() -> coordinate(coordinator[0], coordinator[1], end));
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
    }

    private void coordinate(String user, String team, Instant end) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String token = csrf(timed("login page", () -> get(browser, "/login")).body());
            HttpResponse<String> login = timed("log in", () -> postForm(browser, "/login",
                    Map.of("username", user, "password", "demo", "_csrf", token)));
            expect(login, 302, "log in");
            while (Instant.now().isBefore(end)) {
                workOneReferral(browser, user, team);
            }
        } catch (Exception e) {
            errors.add(user + ": " + e);
        }
    }

    private void workOneReferral(HttpClient browser, String user, String team) throws Exception {
        HttpResponse<String> referral = timed("referral (API)", () -> postJson(user, "/api/cases", """
                {"client": {"firstName": "Load", "lastName": "Client%d", "dateOfBirth": "1950-01-01", "sex": "FEMALE"},
                 "primaryConcern": "DEMENTIA", "urgency": "ROUTINE", "team": "%s"}""".formatted(
                names.incrementAndGet(), team)));
        if (!expect(referral, 201, "referral")) {
            return;
        }
        Matcher number = CASE_NUMBER.matcher(referral.body());
        number.find();
        String caseNumber = number.group(1);
        expect(timed("task list", () -> get(browser, "/tasks?view=team")), 200, "task list");
        expect(timed("search", () -> get(browser, "/tasks?view=team&q=" + caseNumber)), 200, "search");
        HttpResponse<String> casePage = timed("open case", () -> get(browser, "/cases/" + caseNumber));
        if (!expect(casePage, 200, "open case")) {
            return;
        }
        Matcher intake = INTAKE_LINK.matcher(casePage.body());
        if (!intake.find()) {
            errors.add("no intake task on the page of " + caseNumber);
            return;
        }
        String taskId = intake.group(1);
        String token = csrf(casePage.body());
        expect(timed("claim", () -> postForm(browser, "/tasks/" + taskId + "/claim", Map.of("_csrf", token))),
                302, "claim");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("contactDate", "2026-11-02");
        form.put("contactMethod", "PHONE");
        form.put("livingSituation", "ALONE");
        form.put("presentingNeeds", "Needs help with meals.");
        form.put("consentToShare", "true");
        form.put("eligible", "true");
        HttpResponse<String> completed = timed("complete intake",
                () -> postForm(browser, "/tasks/" + taskId + "/complete", form));
        if (expect(completed, 302, "complete intake")
                && completed.headers().firstValue("Location").orElse("").contains("/tasks/" + taskId)) {
            errors.add("complete intake: sent back to the task (" + completed.headers().firstValue("Location") + ")");
        }
    }

    private boolean expect(HttpResponse<String> response, int status, String action) {
        if (response.statusCode() != status) {
            errors.add(action + ": " + response.statusCode() + " " + response.uri());
            return false;
        }
        return true;
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private HttpResponse<String> timed(String action, Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.call();
        timings.computeIfAbsent(action, key -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        return response;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient client, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", baseUrl)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final HttpClient API = HttpClient.newHttpClient();

    private HttpResponse<String> postJson(String user, String path, String json)
            throws IOException, InterruptedException {
        return API.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return token.group(1);
    }

    private String report(int users, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("Load run: ").append(users).append(" coordinators, ").append(took.toSeconds())
                .append(" s, loopback, fresh H2 file database (WRITE_DELAY=0)\n");
        out.append(String.format("%-18s %8s %9s %8s %8s %8s %8s%n", "action", "count", "per s", "p50 ms",
                "p90 ms", "p99 ms", "max ms"));
        timings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(null);
            out.append(String.format("%-18s %8d %9.1f %8.1f %8.1f %8.1f %8.1f%n", entry.getKey(), sorted.size(),
                    sorted.size() / Math.max(1.0, took.toMillis() / 1000.0), ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));
        });
        out.append("errors: ").append(errors.size()).append('\n');
        errors.stream().limit(20).forEach(error -> out.append("  ").append(error).append('\n'));
        return out.toString();
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
