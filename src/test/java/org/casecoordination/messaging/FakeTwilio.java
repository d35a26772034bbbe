package org.casecoordination.messaging;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helper: a fake of Twilio's Messages API over HTTP on a free port (the JDK's HttpServer), recording every
 * request and answering as Twilio does: 201 with the new message's sid, or what a test asks for next (a 500, a
 * 400 with Twilio's error body, an answer too slow to wait for).
 */
class FakeTwilio implements AutoCloseable {

    /** One request as it arrived. */
    record Request(String method, String path, String authorization, String contentType, Map<String, String> form) {
    }

    private record Answer(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> next = new ArrayDeque<>();
    private final AtomicInteger sids = new AtomicInteger();

    FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Request> requests() {
        return requests;
    }

    /** The next request is answered with this status and body (Twilio's error JSON). */
    synchronized void answerNext(int status, String body) {
        next.add(new Answer(status, body, Duration.ZERO));
    }

    /** The next request is answered as usual, but only after this long. */
    synchronized void answerNextAfter(Duration delay) {
        next.add(new Answer(0, null, delay));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), form(body)));
        Answer answer;
        synchronized (this) {
            answer = next.poll();
        }
        if (answer != null && !answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer = null;
        }
        int status = answer == null ? 201 : answer.status();
        String json = answer == null ? created() : answer.body();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGaveUp) {
            // the client timed out before the slow answer
        } finally {
            exchange.close();
        }
    }

    /** Twilio's answer to a new message (the fields the app reads, and a few it does not). */
    private String created() {
        sids.incrementAndGet();
        String sid = "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
        return "{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"error_code\": null, \"error_message\": null,"
                + " \"num_segments\": \"1\", \"direction\": \"outbound-api\"}";
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
