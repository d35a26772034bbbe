package org.casecoordination.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser-like session with Camunda's webapps (Tasklist): their session login, and their CSRF protection
 * (X-XSRF-TOKEN header from the XSRF-TOKEN cookie, which changes after login, plus an Origin header).
 */
public final class CamundaWebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private CamundaWebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static CamundaWebappSession loginToTasklist(int port, String user, String password)
            throws IOException, InterruptedException {
        return login(port, user, password, "tasklist");
    }

    /** Logs in to one of Camunda's webapps (tasklist, cockpit, admin); refused logins throw {@link LoginRefused}. */
    public static CamundaWebappSession login(int port, String user, String password, String app)
            throws IOException, InterruptedException {
        CamundaWebappSession session = new CamundaWebappSession(port);
        session.get("/camunda/app/" + app + "/default/");
        HttpResponse<String> login = session.post("/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", "username=" + user + "&password=" + password);
        if (login.statusCode() != 200) {
            throw new LoginRefused(login.statusCode());
        }
        session.get("/camunda/api/admin/auth/user/default"); // the new session's token arrives with this answer
        return session;
    }

    public static final class LoginRefused extends RuntimeException {
        private final int status;

        LoginRefused(int status) {
            super("Camunda webapp login refused: " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json);
    }

    /** A post answered in HAL, as Tasklist asks for a filter's list of tasks. */
    public HttpResponse<String> postHal(String path, String json) throws IOException, InterruptedException {
        return http.send(withToken(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/hal+json")
                .header("Origin", base).POST(HttpRequest.BodyPublishers.ofString(json))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder withToken(HttpRequest.Builder request) {
        String token = xsrfToken();
        return token == null ? request : request.header("X-XSRF-TOKEN", token);
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, "application/json", "");
    }

    public HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, "application/json", json);
    }

    /** A post of any body (a multipart deployment, say), with the session's token like the webapps send it. */
    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send("POST", path, contentType, body);
    }

    /** The same post as a page of another site could make with this session's cookie: no token. */
    public HttpResponse<String> postWithoutToken(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Origin", base).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Origin", base)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        String token = xsrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .reduce((first, second) -> second).map(HttpCookie::getValue).orElse(null);
    }
}
