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
 * when there is one. Throughput and latency percentiles per action go to target/load/load-report.txt, with the
 * complete rounds, the errors and the application's CPU per request (its process's CPU time over the run, from
 * the operating system, divided by the requests answered). A coordinator whose round fails goes on with the next
 * round (a failed log-in ends that coordinator's run), so a run with many coordinators reports where it bends
 * instead of stopping at the first timeout.
 *
 * <p>{@code mvn -Pload verify [-Dload.users=50 -Dload.seconds=60] [-Dload.timeoutSeconds=60]
 * [-Dload.appArgs="--some.setting=value"]}
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
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger failedRounds = new AtomicInteger();
    private final AtomicInteger loggedIn = new AtomicInteger();
    private final String baseUrl;
    private final Duration timeout;

    private LoadRun(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
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
        Duration timeout = Duration.ofSeconds(Integer.getInteger("load.timeoutSeconds", 60));
        boolean failed;
        try (AppProcess app = AppProcess.start(workDir, "load-app", arguments)) {
            LoadRun run = new LoadRun(app.baseUrl(), timeout);
            Duration appCpu = cpuOf(app.pid());
            Duration driverCpu = cpuOf(ProcessHandle.current().pid());
            Instant started = Instant.now();
            boolean finished = run.drive(users, Duration.ofSeconds(seconds));
            Duration took = Duration.between(started, Instant.now());
            appCpu = cpuOf(app.pid()).minus(appCpu);
            driverCpu = cpuOf(ProcessHandle.current().pid()).minus(driverCpu);
            String report = run.report(users, took, appCpu, driverCpu, finished);
            Files.writeString(dir.resolve("load-report.txt"), report);
            System.out.println(report);
            failed = !run.errors.isEmpty();
        }
        // only now: exiting inside the block skipped closing, which left the application running
        if (failed) {
            System.exit(1);
        }
    }

    /** The CPU time the operating system counts for a process (all its threads), from /proc on Linux. */
    private static Duration cpuOf(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElseThrow(
                () -> new IllegalStateException("no CPU time for process " + pid + " on this system"));
    }

    /** False when coordinators were still in a round long after the end (their requests were cut off). */
    private boolean drive(int users, Duration length) throws InterruptedException {
        Instant end = Instant.now().plus(length);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int i = 0; i < users; i++) {
            String[] coordinator = COORDINATORS[i % COORDINATORS.length];
            pool.submit(() -> coordinate(coordinator[0], coordinator[1], end));
        }
        pool.shutdown();
        // a round started just before the end has seven requests of up to the timeout each to finish
        boolean finished = pool.awaitTermination(length.toSeconds() + 8 * timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            errors.add("coordinators still working " + 8 * timeout.toSeconds() + " s after the end: cut off");
            pool.shutdownNow();
        }
        return finished;
    }

    private void coordinate(String user, String team, Instant end) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(timeout).build();
        try {
            String token = csrf(timed("login page", () -> get(browser, "/login")).body());
            HttpResponse<String> login = timed("log in", () -> postForm(browser, "/login",
                    Map.of("username", user, "password", "demo", "_csrf", token)));
            if (!expect(login, 302, "log in")) {
                return;
            }
            loggedIn.incrementAndGet();
        } catch (Exception e) {
            errors.add(user + " (log in): " + e);
            return;
        }
        while (Instant.now().isBefore(end)) {
            try {
                if (workOneReferral(browser, user, team)) {
                    rounds.incrementAndGet();
                } else {
                    failedRounds.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failedRounds.incrementAndGet();
                errors.add(user + ": " + e);
            }
        }
    }

    /** One round from the referral to the completed intake; false when something in it failed. */
    private boolean workOneReferral(HttpClient browser, String user, String team) throws Exception {
        HttpResponse<String> referral = timed("referral (API)", () -> postJson(user, "/api/cases", """
                {"client": {"firstName": "Load", "lastName": "Client%d", "dateOfBirth": "1950-01-01", "sex": "FEMALE"},
                 "primaryConcern": "DEMENTIA", "urgency": "ROUTINE", "team": "%s"}""".formatted(
                names.incrementAndGet(), team)));
        if (!expect(referral, 201, "referral")) {
            return false;
        }
        Matcher number = CASE_NUMBER.matcher(referral.body());
        number.find();
        String caseNumber = number.group(1);
        boolean lists = expect(timed("task list", () -> get(browser, "/tasks?view=team")), 200, "task list")
                & expect(timed("search", () -> get(browser, "/tasks?view=team&q=" + caseNumber)), 200, "search");
        HttpResponse<String> casePage = timed("open case", () -> get(browser, "/cases/" + caseNumber));
        if (!expect(casePage, 200, "open case")) {
            return false;
        }
        Matcher intake = INTAKE_LINK.matcher(casePage.body());
        if (!intake.find()) {
            errors.add("no intake task on the page of " + caseNumber);
            return false;
        }
        String taskId = intake.group(1);
        String token = csrf(casePage.body());
        boolean claimed = expect(timed("claim", () -> postForm(browser, "/tasks/" + taskId + "/claim",
                Map.of("_csrf", token))), 302, "claim");
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
        if (!expect(completed, 302, "complete intake")) {
            return false;
        }
        if (completed.headers().firstValue("Location").orElse("").contains("/tasks/" + taskId)) {
            errors.add("complete intake: sent back to the task (" + completed.headers().firstValue("Location") + ")");
            return false;
        }
        return lists && claimed;
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
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient client, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", baseUrl)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final HttpClient API = HttpClient.newHttpClient();

    private HttpResponse<String> postJson(String user, String path, String json)
            throws IOException, InterruptedException {
        return API.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
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

    private String report(int users, Duration took, Duration appCpu, Duration driverCpu, boolean finished) {
        StringBuilder out = new StringBuilder();
        double seconds = Math.max(1.0, took.toMillis() / 1000.0);
        long requests = timings.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        out.append("Load run: ").append(users).append(" coordinators (").append(loggedIn.get())
                .append(" logged in), ").append(took.toSeconds())
                .append(" s, loopback, fresh H2 file database (WRITE_DELAY=0), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        out.append(String.format("complete rounds: %d (%.1f per second); failed rounds: %d; requests: %d (%.1f per"
                + " second)%n", rounds.get(), rounds.get() / seconds, failedRounds.get(), requests, requests / seconds));
        out.append(String.format("application CPU: %.1f s over the run, %.1f ms per request, %.0f %% of one core;"
                + " this driver's CPU on the same machine: %.1f s%n", appCpu.toMillis() / 1000.0,
                requests == 0 ? 0 : appCpu.toNanos() / 1e6 / requests, appCpu.toMillis() / 10.0 / seconds,
                driverCpu.toMillis() / 1000.0));
        if (!finished) {
            out.append("some coordinators were cut off after the end (see errors)\n");
        }
        out.append(String.format("%-18s %8s %9s %8s %8s %8s %8s%n", "action", "count", "per s", "p50 ms",
                "p90 ms", "p99 ms", "max ms"));
        timings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(null);
            out.append(String.format("%-18s %8d %9.1f %8.1f %8.1f %8.1f %8.1f%n", entry.getKey(), sorted.size(),
                    sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));
        });
        out.append("errors: ").append(errors.size()).append('\n');
        // by kind (the address and ids left out), then the first ones as they were
        errors.stream().collect(Collectors.groupingBy(error -> error.replaceAll("https?://\\S+", "")
                        .replaceAll("[0-9a-f-]{8,}", "…"), java.util.TreeMap::new, Collectors.counting()))
                .forEach((kind, count) -> out.append(String.format("  %5d × %s%n", count, kind)));
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
