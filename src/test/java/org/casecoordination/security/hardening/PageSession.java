package org.casecoordination.security.hardening;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser-like visitor of the app's pages over real HTTP (cookies kept, redirects not followed): what MockMvc
 * cannot show, such as Tomcat's session cookie and a session that expires on the server.
 */
final class PageSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;

    PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static PageSession loggedIn(int port, String user, String password) throws IOException, InterruptedException {
        PageSession session = new PageSession(port);
        session.get("/login");
        HttpResponse<String> login = session.post("/login", Map.of("username", user, "password", password));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login failed: " + login.statusCode() + " " + login.headers().map());
        }
        return session;
    }

    /** Fetches a page and keeps the CSRF token it carries, as the next form post would. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Element token = Jsoup.parse(response.body()).selectFirst("meta[name=_csrf]");
        if (token != null) {
            csrfToken = token.attr("content");
        }
        return response;
    }

    /** A form post with the token of the last page, like a browser submitting that page's form. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        if (csrfToken != null) {
            body += (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken);
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request with this session's cookies. */
    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .reduce((first, second) -> second).map(HttpCookie::getValue).orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
