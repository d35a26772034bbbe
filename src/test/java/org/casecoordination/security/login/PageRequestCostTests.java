package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.SqlStatements;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every page reads for the session's checks (issue #17), over real HTTP through Tomcat's filter chain: MockMvc
 * sets the request's context before any filter runs, Tomcat does not, so a check that kept what it read only in
 * that context read the user's status twice per page in production (the ended-session check runs before Spring's
 * request context exists) while MockMvc counted once.
 */
@ApplicationTest
class PageRequestCostTests {

    @LocalServerPort
    int port;
    @Autowired
    SqlStatements sql;

    @Test
    void aPageReadsTheUsersStatusOnce() throws Exception {
        HttpClient browser = loggedIn("colin", "demo");
        get(browser, "/tasks?view=mine"); // the session's first page reads the user's saved language once

        List<SqlStatements.Statement> statements = sql.of(() -> get(browser, "/tasks?view=mine"));

        System.out.printf("my tasks over HTTP: %d SQL statements (%d distinct), %d commits%n",
                SqlStatements.total(statements), statements.size(), SqlStatements.commits(statements));
        assertThat(runs(statements, "USER_STATUS")).as("reads of the user's status").isEqualTo(1);
        assertThat(runs(statements, "FROM NOTICE")).as("reads of the unread notices").isEqualTo(1);
    }

    private HttpClient loggedIn(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = Jsoup.parse(get(browser, "/login").body()).selectFirst("meta[name=_csrf]").attr("content");
        String form = "username=" + user + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).as("logged in").doesNotContain("error");
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static long runs(List<SqlStatements.Statement> statements, String table) {
        return statements.stream().filter(s -> s.sql().toUpperCase().contains(table))
                .mapToLong(SqlStatements.Statement::count).sum();
    }
}
