package org.casecoordination.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Start to ready as a user sees it (issue #17): from the moment the application was launched, a script calls the
 * API with a demo user's password every 50 ms, then a person logs in through the login page and opens their tasks.
 * Shared by {@code StartToFirstPageIT} (which asserts on what it saw) and the benchmark (which reports the time).
 */
public final class FirstPageAfterLaunch {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    // a start on a shared machine with many builds took more than 5 minutes (load average 35)
    private static final Duration STARTUP = Duration.ofMinutes(10);

    /**
     * What the script and the person saw: how many 503 "starting" answers came first (and whether each carried
     * Retry-After), the first other answer of the API, the login's answer and where it redirected, the task page's
     * status, the milliseconds from launch to that page and the CPU the process had used by then (its user and
     * system time; -1 where the system does not tell). On a shared machine the waiting time mostly measures the
     * machine; the CPU a start needs carries over.
     */
    public record Seen(long millis, long cpuMillis, int starting, boolean retryAfterOnEach, int firstApiStatus,
            int loginPageStatus, boolean csrfOnLoginPage, int loginStatus, String loginLocation, int tasksStatus) {

        /** Everything a user expects: a success at the first answer, a working login and the page behind it. */
        public boolean worked() {
            return retryAfterOnEach && firstApiStatus == 200 && loginPageStatus == 200 && csrfOnLoginPage
                    && loginStatus == 302 && !loginLocation.contains("error") && tasksStatus == 200;
        }
    }

    private final HttpClient script = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Polls from now on; {@code launchedNanos} is {@link System#nanoTime()} just before the process started. */
    public Seen await(AppProcess app, long launchedNanos) throws IOException, InterruptedException {
        HttpRequest api = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/supervision/caseload?team=team-north"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("sam:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build();
        int starting = 0;
        boolean retryAfterOnEach = true;
        long deadline = launchedNanos + STARTUP.toNanos();
        HttpResponse<String> first = null;
        while (first == null) {
            if (System.nanoTime() > deadline || !app.isAlive()) {
                throw new IllegalStateException("not started within " + STARTUP + ":\n" + app.logTail());
            }
            Optional<HttpResponse<String>> answer = send(api);
            if (answer.isPresent() && answer.get().statusCode() != 503) {
                first = answer.get();
            } else {
                if (answer.isPresent()) {
                    starting++;
                    retryAfterOnEach &= answer.get().headers().firstValue("Retry-After").isPresent();
                }
                Thread.sleep(50);
            }
        }

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginPage.body());
        boolean csrfFound = csrf.find();
        HttpResponse<String> login = browser.send(form(app, "/login", Map.of("username", "cora", "password", "demo",
                "_csrf", csrfFound ? csrf.group(1) : "")), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> tasks = browser.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/tasks"))
                .build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - launchedNanos) / 1_000_000;
        long cpuMillis = ProcessHandle.of(app.pid()).flatMap(process -> process.info().totalCpuDuration())
                .map(Duration::toMillis).orElse(-1L);
        return new Seen(millis, cpuMillis, starting, retryAfterOnEach, first.statusCode(), loginPage.statusCode(),
                csrfFound, login.statusCode(), login.headers().firstValue("Location").orElse(""), tasks.statusCode());
    }

    /** Connection refused while the port is still closed. */
    private Optional<HttpResponse<String>> send(HttpRequest request) throws InterruptedException {
        try {
            return Optional.of(script.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException notListeningYet) {
            return Optional.empty();
        }
    }

    private static HttpRequest form(AppProcess app, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
