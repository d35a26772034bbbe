package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casecoordination.support.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ready means ready, as a script or an impatient person sees it (issue #17): from the moment the packaged
 * application is launched, a script calls the API with a demo user's password and opens the login page as fast as
 * it can. Before start-up work is done (demo users, grants) it gets 503 "starting", never a refused login: a
 * refused one would count towards the lockout (five in 15 minutes). The first answer that is not 503 is a success,
 * and so is a login through the page right after. Prints the time from launch to the first page behind a login.
 */
class StartToFirstPageIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration STARTUP = Duration.ofMinutes(5);

    @TempDir
    Path workDir;

    private final HttpClient script = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aScriptThatLogsInWhileTheApplicationStartsGetsStartingThenSuccessNeverALockout() throws Exception {
        long launched = System.nanoTime();
        try (AppProcess app = AppProcess.launch(workDir, "start-to-first-page", List.of(), Map.of())) {
            List<Integer> answers = new ArrayList<>();
            HttpResponse<String> api = untilNot503(app, answers, () -> HttpRequest.newBuilder(
                    URI.create(app.baseUrl() + "/api/supervision/caseload?team=team-north"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("sam:demo".getBytes(StandardCharsets.UTF_8))));
            // a 401 here would be a refused login counted towards the lockout
            assertThat(api.statusCode()).as("the first answer that is not 503 \"starting\"").isEqualTo(200);

            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(loginPage.statusCode()).isEqualTo(200);
            HttpResponse<String> login = browser.send(form(app, "/login", Map.of("username", "cora",
                    "password", "demo", "_csrf", csrf(loginPage.body()))), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("error"));
            HttpResponse<String> tasks = browser.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/tasks"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tasks.statusCode()).isEqualTo(200);
            System.out.printf("start-to-first-page-ms=%d (launch to a page behind a login; %d answers of 503 "
                    + "before)%n", (System.nanoTime() - launched) / 1_000_000, answers.size());
        }
    }

    /** Polls every 50 ms from launch, counting the 503 answers; connection refused while the port is closed. */
    private HttpResponse<String> untilNot503(AppProcess app, List<Integer> answers,
            java.util.function.Supplier<HttpRequest.Builder> request) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<HttpResponse<String>> answer = send(request.get().timeout(Duration.ofSeconds(10)).build());
            if (answer.isPresent()) {
                if (answer.get().statusCode() != 503) {
                    return answer.get();
                }
                assertThat(answer.get().headers().firstValue("Retry-After")).isPresent();
                answers.add(503);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not started within " + STARTUP + ":\n" + app.logTail());
    }

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

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the login page").isTrue();
        return token.group(1);
    }
}
