package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CaseNoteRepository;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The page session on real HTTP (Tomcat's own cookie): HTTP-only and SameSite always, Secure and HSTS when the
 * request is HTTPS, here as a TLS-terminating proxy on this host reports it; 30 idle minutes; after expiry the
 * next page or form post lands on the login page.
 */
@ApplicationTest
class SessionHardeningTests {

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext server;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseNoteRepository notes;

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSiteButNotSecureAndNoHstsIsSent() throws Exception {
        PageSession visitor = new PageSession(port);
        HttpResponse<String> login = visitor.get("/login");

        assertThat(sessionCookie(login)).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void overHttpsBehindATlsTerminatingProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        PageSession visitor = new PageSession(port);
        HttpResponse<String> login = visitor.send(HttpRequest.newBuilder(visitor.uri("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET());

        assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void aLoginSessionEndsAfterThirtyIdleMinutes() throws Exception {
        PageSession cora = PageSession.loggedIn(port, "cora", "demo");
        assertThat(sessions().find(cora.sessionId()).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void theFirstPageAfterTheSessionExpiredIsTheLoginPageSayingSo() throws Exception {
        String caseNumber = cases.open("team-north");
        PageSession cora = PageSession.loggedIn(port, "cora", "demo");
        assertThat(cora.get("/cases/" + caseNumber).statusCode()).isEqualTo(200);

        sessions().expire(cora.sessionId());

        HttpResponse<String> page = cora.get("/cases/" + caseNumber);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    /** The form's token died with the session: that is no forgery, so the login page rather than a bare 403. */
    @Test
    void aFormPostedAfterTheSessionExpiredLandsOnTheLoginPageAndSavesNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        PageSession cora = PageSession.loggedIn(port, "cora", "demo");
        assertThat(cora.get("/cases/" + caseNumber).statusCode()).isEqualTo(200);

        sessions().expire(cora.sessionId());

        HttpResponse<String> post = cora.post("/cases/" + caseNumber + "/notes",
                Map.of("text", "Written before a long lunch"));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        Long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(notes.findByCareCaseIdOrderByCreatedAtDesc(caseId)).isEmpty();
    }

    @Test
    void afterLoggingInAgainTheUserReturnsToThePageTheyAskedFor() throws Exception {
        String caseNumber = cases.open("team-north");
        PageSession cora = PageSession.loggedIn(port, "cora", "demo");
        sessions().expire(cora.sessionId());

        cora.get("/cases/" + caseNumber);
        cora.get("/login?expired");
        HttpResponse<String> login = cora.post("/login", Map.of("username", "cora", "password", "demo"));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/cases/" + caseNumber));
    }

    /** Needs the line for param.expired in templates/login.html. */
    @Test
    void theLoginPageSaysTheSessionExpired() throws Exception {
        String page = new PageSession(port).get("/login?expired").body();
        assertThat(Jsoup.parse(page).select("#session-expired").text()).containsIgnoringCase("expired");
    }

    @Test
    void loggingOutClearsTheCookieSoTheNextVisitIsAPlainLoginNotAnExpiredSession() throws Exception {
        PageSession cora = PageSession.loggedIn(port, "cora", "demo");
        cora.get("/tasks");
        HttpResponse<String> logout = cora.post("/logout", Map.of());

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(logout.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=;") && cookie.contains("Max-Age=0"));
        assertThat(cora.get("/tasks").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private ServerSessions sessions() {
        return new ServerSessions(server);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
