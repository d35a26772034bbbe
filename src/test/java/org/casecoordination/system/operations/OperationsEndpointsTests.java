package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Health that tells the truth, probes, the readiness gate and the metrics operators scrape, over real HTTP. */
@ApplicationTest
class OperationsEndpointsTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Cases cases;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUpWithoutAMailServerAndOffersLivenessAndReadinessProbes() throws Exception {
        for (String path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(path, null);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(json.readTree(health.body()).path("status").asText()).as(path).isEqualTo("UP");
        }
        // other tests of this shared database leave broken cases on purpose (INCONSISTENT, still 200): what
        // matters here is that no mail check runs and nothing is DOWN
        HttpResponse<String> details = get("/actuator/health", "admin");
        assertThat(details.statusCode()).isEqualTo(200);
        var components = json.readTree(details.body()).path("components");
        assertThat(components.has("mail")).isFalse();
        components.properties().forEach(component -> assertThat(component.getValue().path("status").asText())
                .as(component.getKey()).isIn("UP", "INCONSISTENT"));
    }

    @Test
    void untilTheApplicationIsReadyOnlyTheProbesAnswer() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> login = get("/login", null);
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.headers().firstValue("Retry-After")).contains("5");
            HttpResponse<String> api = get("/api/supervision/caseload?team=team-north", "sam");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(json.readTree(api.body()).path("errors").get(0).path("message").asText())
                    .contains("starting or stopping");
            HttpResponse<String> spanishApi = inSpanish("/api/supervision/caseload?team=team-north");
            assertThat(spanishApi.statusCode()).isEqualTo(503);
            assertThat(json.readTree(spanishApi.body()).path("errors").get(0).path("message").asText())
                    .isEqualTo("La aplicación se está iniciando o deteniendo; vuelva a intentarlo en unos segundos.");
            assertThat(inSpanish("/login").body()).startsWith("Coordinación de casos se está iniciando");
            assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
            assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
    }

    @Test
    void administratorsScrapeRequestTimingsTaskCompletionsAndTheJobBacklog() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        get("/login", null); // one page request timed

        HttpResponse<String> metrics = get("/actuator/prometheus", "admin");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds", "casecoordination_jobs_due",
                "casecoordination_jobs_failed", "casecoordination_tasks_completed_total{task=\"Task_Intake\"");
        assertThat(get("/actuator/prometheus", "cora").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> inSpanish(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "es").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
