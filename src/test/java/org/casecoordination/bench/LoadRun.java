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
import java.util.concurrent.CountDownLatch;
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
 * lets N simulated coordinators work for S seconds, each logged in through the login page like a browser (session
 * cookie, CSRF token): they take a phone referral for their team on the referral page (nine rounds in ten; the tenth
 * arrives through the JSON API with HTTP Basic as a partner system sends it, one BCrypt check per request by design),
 * open their team's queue, search it by the case number, open the case, claim its intake and complete it with the
 * intake form. A warm-up (W seconds, the same coordinators doing the same work) comes first and is not counted, so
 * the figures are a working day's steady state and not a fresh JVM's compilation; at its end every coordinator logs
 * in again in a new browser session, all at once, as at the start of a day. Any unexpected answer is an error; the
 * run fails when there is one. Throughput and latency percentiles per action go to target/load/load-report.txt, with the
 * complete rounds, the errors and the application's CPU per request (its process's CPU time over the measured part,
 * from the operating system, divided by the requests answered in it). A coordinator whose round fails goes on with the next
 * round (a failed log-in ends that coordinator's run), so a run with many coordinators reports where it bends
 * instead of stopping at the first timeout.
 *
 * <p>{@code mvn -Pload verify [-Dload.users=50 -Dload.seconds=60 -Dload.warmUpSeconds=300] [-Dload.timeoutSeconds=60]
 * [-Dload.appArgs="--some.setting=value"] [-Dload.jvmOptions="-XX:TieredStopAtLevel=1"]}
 */
public final class LoadRun {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern INTAKE_LINK =
            Pattern.compile("href=\"/tasks/([^\"]+)\"[^>]*data-task-key=\"Task_Intake\"");
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");
    private static final Pattern CASE_LOCATION = Pattern.compile("/cases/([^/?#]+)$");
    /** One referral in ten arrives through the API, as a partner system (hospital, 211 line) sends it. */
    private static final int API_REFERRAL_EVERY = 10;
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
        int warmUpSeconds = Integer.getInteger("load.warmUpSeconds", 300);
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
            Measured measured = run.drive(users, Duration.ofSeconds(warmUpSeconds), Duration.ofSeconds(seconds),
                    app.pid());
            String report = run.report(users, warmUpSeconds, measured);
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

    /** The measured part: its length, the CPU of the application and of this driver in it, and whether it ended. */
    private record Measured(Duration took, Duration appCpu, JvmThreadsCpu appJvmThreads, Duration driverCpu,
            boolean finished) {
    }

    /**
     * Warm-up, then the measured part. The CPU is read when every coordinator has finished warming up (their last
     * warm-up round done), which is also when they log in again together, so the measured CPU is the measured work's.
     */
    private Measured drive(int users, Duration warmUp, Duration length, long appPid) throws InterruptedException {
        Instant warmUpEnd = Instant.now().plus(warmUp);
        CountDownLatch warmedUp = new CountDownLatch(users);
        CountDownLatch measuring = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        Instant[] end = new Instant[1];
        for (int i = 0; i < users; i++) {
            String[] coordinator = COORDINATORS[i % COORDINATORS.length];
            pool.submit(() -> {
                if (!warmUp.isZero()) {
                    coordinate(coordinator[0], coordinator[1], warmUpEnd, false);
                }
                warmedUp.countDown();
                if (await(measuring)) {
                    coordinate(coordinator[0], coordinator[1], end[0], true);
                }
            });
        }
        pool.shutdown();
        // a round started just before the end has eight requests of up to the timeout each to finish
        long grace = 9 * timeout.toSeconds();
        if (!warmedUp.await(warmUp.toSeconds() + grace, TimeUnit.SECONDS)) {
            errors.add("coordinators still warming up " + grace + " s after the warm-up: cut off");
        }
        Duration appCpu = cpuOf(appPid);
        JvmThreadsCpu appJvmThreads = JvmThreadsCpu.of(appPid);
        Duration driverCpu = cpuOf(ProcessHandle.current().pid());
        Instant started = Instant.now();
        end[0] = started.plus(length);
        measuring.countDown();
        boolean finished = pool.awaitTermination(length.toSeconds() + grace, TimeUnit.SECONDS);
        if (!finished) {
            errors.add("coordinators still working " + grace + " s after the end: cut off");
            pool.shutdownNow();
        }
        return new Measured(Duration.between(started, Instant.now()), cpuOf(appPid).minus(appCpu),
                JvmThreadsCpu.of(appPid).minus(appJvmThreads), cpuOf(ProcessHandle.current().pid()).minus(driverCpu), finished);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            latch.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One coordinator's part: log in in a new browser session, then rounds until the end; counted or warming up. */
    private void coordinate(String user, String team, Instant end, boolean counted) {
        Session session = new Session(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(timeout).build(), user, team, counted);
        try {
            String token = csrf(session.timed("login page", () -> get(session.browser, "/login")).body());
            HttpResponse<String> login = session.timed("log in", () -> postForm(session.browser, "/login",
                    Map.of("username", user, "password", "demo", "_csrf", token)));
            if (!expect(login, 302, "log in")) {
                return;
            }
            if (counted) {
                loggedIn.incrementAndGet();
            }
        } catch (Exception e) {
            errors.add(user + " (log in): " + e);
            return;
        }
        while (Instant.now().isBefore(end)) {
            try {
                boolean done = workOneReferral(session);
                if (counted) {
                    (done ? rounds : failedRounds).incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (counted) {
                    failedRounds.incrementAndGet();
                }
                errors.add(user + ": " + e);
            }
        }
    }

    /** A coordinator's browser session; its requests are timed only in the measured part. */
    private final class Session {
        final HttpClient browser;
        final String user;
        final String team;
        final boolean counted;

        Session(HttpClient browser, String user, String team, boolean counted) {
            this.browser = browser;
            this.user = user;
            this.team = team;
            this.counted = counted;
        }

        HttpResponse<String> timed(String action, Call call) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = call.call();
            if (counted) {
                timings.computeIfAbsent(action, key -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            }
            return response;
        }
    }

    /** The referral as a coordinator takes it on the phone: the referral page, then its form; the case number. */
    private String referOnThePage(Session session, int name) throws Exception {
        HttpResponse<String> page = session.timed("referral page", () -> get(session.browser, "/referrals/new"));
        if (!expect(page, 200, "referral page")) {
            return null;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf(page.body()));
        form.put("client.firstName", "Load");
        form.put("client.lastName", "Client" + name);
        form.put("client.dateOfBirth", "1950-01-01");
        form.put("client.sex", "FEMALE");
        form.put("client.preferredLanguage", "es");
        form.put("primaryConcern", "DEMENTIA");
        form.put("urgency", "ROUTINE");
        form.put("team", session.team);
        form.put("notes", "Daughter called: her mother forgets meals.");
        HttpResponse<String> submitted = session.timed("referral (page)",
                () -> postForm(session.browser, "/referrals", form));
        if (!expect(submitted, 302, "referral (page)")) {
            return null;
        }
        Matcher number = CASE_LOCATION.matcher(submitted.headers().firstValue("Location").orElse(""));
        if (!number.find()) {
            errors.add("referral (page): sent to " + submitted.headers().firstValue("Location").orElse("nowhere")
                    + ", not to the new case");
            return null;
        }
        return number.group(1);
    }

    /** The referral as a partner system sends it: JSON with HTTP Basic; the case number. */
    private String referThroughTheApi(Session session, int name) throws Exception {
        HttpResponse<String> referral = session.timed("referral (API, HTTP Basic)",
                () -> postJson(session.user, "/api/cases", """
                {"client": {"firstName": "Load", "lastName": "Client%d", "dateOfBirth": "1950-01-01", "sex": "FEMALE"},
                 "primaryConcern": "DEMENTIA", "urgency": "ROUTINE", "team": "%s"}""".formatted(name, session.team)));
        if (!expect(referral, 201, "referral (API)")) {
            return null;
        }
        Matcher number = CASE_NUMBER.matcher(referral.body());
        number.find();
        return number.group(1);
    }

    /** One round from the referral to the completed intake; false when something in it failed. */
    private boolean workOneReferral(Session session) throws Exception {
        int name = names.incrementAndGet();
        String caseNumber = name % API_REFERRAL_EVERY == 0 ? referThroughTheApi(session, name)
                : referOnThePage(session, name);
        if (caseNumber == null) {
            return false;
        }
        HttpClient browser = session.browser;
        boolean lists = expect(session.timed("task list", () -> get(browser, "/tasks?view=team")), 200, "task list")
                & expect(session.timed("search", () -> get(browser, "/tasks?view=team&q=" + caseNumber)), 200,
                "search");
        HttpResponse<String> casePage = session.timed("open case", () -> get(browser, "/cases/" + caseNumber));
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
        boolean claimed = expect(session.timed("claim", () -> postForm(browser, "/tasks/" + taskId + "/claim",
                Map.of("_csrf", token))), 302, "claim");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("contactDate", "2026-11-02");
        form.put("contactMethod", "PHONE");
        form.put("livingSituation", "ALONE");
        form.put("presentingNeeds", "Needs help with meals.");
        form.put("consentToShare", "true");
        form.put("eligible", "true");
        HttpResponse<String> completed = session.timed("complete intake",
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

    private String report(int users, int warmUpSeconds, Measured measured) {
        Duration took = measured.took();
        Duration appCpu = measured.appCpu();
        Duration driverCpu = measured.driverCpu();
        boolean finished = measured.finished();
        StringBuilder out = new StringBuilder();
        double seconds = Math.max(1.0, took.toMillis() / 1000.0);
        long requests = timings.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        out.append("Load run: ").append(users).append(" coordinators (").append(loggedIn.get())
                .append(" logged in), ").append(took.toSeconds())
                .append(" s, loopback, fresh H2 file database (WRITE_DELAY=0), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        out.append("after a warm-up of ").append(warmUpSeconds).append(" s (the same coordinators doing the same work,"
                + " not counted); then each logged in again at once; one referral in ").append(API_REFERRAL_EVERY)
                .append(" through the API (HTTP Basic), the others on the referral page\n");
        out.append(String.format("load average at the end: %s%n", loadAverage()));
        out.append(String.format("complete rounds: %d (%.1f per second); failed rounds: %d; requests: %d (%.1f per"
                + " second)%n", rounds.get(), rounds.get() / seconds, failedRounds.get(), requests, requests / seconds));
        out.append(String.format("application CPU: %.1f s over the measured part, %.1f ms per request, %.0f %% of one core;"
                + " this driver's CPU on the same machine: %.1f s%n", appCpu.toMillis() / 1000.0,
                requests == 0 ? 0 : appCpu.toNanos() / 1e6 / requests, appCpu.toMillis() / 10.0 / seconds,
                driverCpu.toMillis() / 1000.0));
        JvmThreadsCpu jvm = measured.appJvmThreads();
        out.append(String.format("of the application's CPU: JIT compiler %.1f s (%.0f %%), garbage collector %.1f s"
                + " (%.0f %%)%n", jvm.jitCompiler().toMillis() / 1000.0, share(jvm.jitCompiler(), appCpu),
                jvm.garbageCollector().toMillis() / 1000.0, share(jvm.garbageCollector(), appCpu)));
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

    private static double share(Duration part, Duration whole) {
        return whole.isZero() ? 0 : 100.0 * part.toMillis() / whole.toMillis();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
