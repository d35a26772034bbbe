package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.ConnectionPools;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A team starting its day: 50 coordinators log in at the same moment, and a pool of 10 database connections is
 * enough, because no log-in holds a connection while BCrypt checks its password ({@link PasswordCheck}). With the
 * check inside Camunda's command each log-in held one for its whole BCrypt time, and the last ones waited for a
 * connection longer than the 1 s this test allows (a busy day: 200 log-ins got 500s after Hikari's 30 s).
 */
@ApplicationTest
class LoginStormTests {

    private static final int COORDINATORS = 50;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    @Autowired
    TestLogins logins;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void fiftyLogInsAtOnceDoNotExhaustAPoolOfTenConnections() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < COORDINATORS; i++) {
            users.add(logins.newUser("morning"));
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).as("the embedded database's pool").isEqualTo(10);
        long wait = ConnectionPools.connectionTimeout(pool, 1000);
        ExecutorService browsers = Executors.newFixedThreadPool(COORDINATORS);
        try {
            CyclicBarrier together = new CyclicBarrier(COORDINATORS);
            List<Future<String>> answers = new ArrayList<>();
            for (String user : users) {
                answers.add(browsers.submit(() -> logIn(user, together)));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(120, TimeUnit.SECONDS)).as("where the log-in led").isEqualTo("/");
            }
        } finally {
            browsers.shutdownNow();
            ConnectionPools.connectionTimeout(pool, wait);
        }
    }


    /** The login page, then, with the others at the same moment, its form; where the answer sends the browser. */
    private String logIn(String user, CyclicBarrier together) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + user + "&password=" + URLEncoder.encode(TestLogins.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        together.await(60, TimeUnit.SECONDS);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + port).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302) {
            return login.statusCode() + " " + login.body().lines().limit(3).toList();
        }
        return URI.create(login.headers().firstValue("Location").orElse("")).getPath();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
