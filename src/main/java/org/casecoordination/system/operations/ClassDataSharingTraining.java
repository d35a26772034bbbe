package org.casecoordination.system.operations;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training start of tools/cds/prepare.sh (docs/operations.md, "Faster start: class data sharing"): once the
 * application is ready it does what the first user does (the API with a demo user's password, the login page, a
 * login, My tasks) and exits. The class list of this run then also holds the classes of the start-up runners,
 * the repositories' deferred initialisation and the first pages, which a training run that stops at the context's
 * refresh never loads. Only with {@code case-coordination.cds-training=true}, on a throwaway in-memory database.
 */
@Component
@ConditionalOnProperty(name = "case-coordination.cds-training", havingValue = "true")
class ClassDataSharingTraining {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharingTraining.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final Environment environment;

    ClassDataSharingTraining(ConfigurableApplicationContext context, Environment environment) {
        this.context = context;
        this.environment = environment;
    }

    @EventListener
    void whenReady(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        // not on the thread that publishes readiness: SpringApplication.run must return before the context closes
        Thread run = new Thread(this::firstUserThenExit, "cds-training");
        run.start();
    }

    private void firstUserThenExit() {
        int code = 0;
        try {
            firstUser("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
            log.info("Training start: first pages served, exiting");
        } catch (IOException | RuntimeException e) {
            log.error("Training start: the first pages failed", e);
            code = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static void firstUser(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        expect(200, client.send(HttpRequest.newBuilder(URI.create(base + "/api/supervision/caseload?team=team-north"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("sam:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()), "the API");
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(200, loginPage, "the login page");
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=cora&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        expect(302, client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()),
                "the login");
        expect(200, client.send(HttpRequest.newBuilder(URI.create(base + "/tasks")).build(),
                HttpResponse.BodyHandlers.ofString()), "My tasks");
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " instead of " + status);
        }
    }
}
