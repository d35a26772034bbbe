package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.RepositoryService;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deployment refusals in the request's language: who may deploy, and what the checks and the diagram guard find,
 * on the app's API and on the engine API that Camunda Modeler calls. Machine-readable parts (type, file, element)
 * stay as they are; without a language the words stay English.
 */
@ApplicationTest
class ProcessWordsInSpanishTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdministratorIsToldInSpanishWhoDeploys() throws Exception {
        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "valid.bpmn"))
                        .header("Accept-Language", "es")
                        .with(user("admin").authorities(() -> "GROUP_camunda-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value("Los administradores no implementan procesos: un"
                        + " analista de procesos los implementa desde Camunda Modeler o la página Procesos."));

        HttpResponse<String> modeler = modeler("admin", "es", "valid.bpmn");
        assertThat(modeler.statusCode()).isEqualTo(403);
        JsonNode answer = json.readTree(modeler.body());
        assertThat(answer.path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(answer.path("message").asText()).startsWith("Los administradores no implementan procesos");
    }

    @Test
    void theGuardsFindingReadsInSpanishOnTheApiAndInModeler() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        String spanishFinding = "${approvalRules.approves(execution)}: llama a approves() sobre un valor, cosa que"
                + " los diagramas no pueden hacer";

        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "unknown-bean.bpmn"))
                        .file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .header("Accept-Language", "es").with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'processes/review.bpmn')].message")
                        .value(org.hamcrest.Matchers.hasItem("SequenceFlow_Yes: " + spanishFinding)));

        HttpResponse<String> spanish = modeler("ana", "es", "unknown-bean.bpmn");
        HttpResponse<String> english = modeler("ana", null, "unknown-bean.bpmn");

        assertThat(spanish.statusCode()).as(spanish.body()).isEqualTo(400);
        JsonNode answer = json.readTree(spanish.body());
        assertThat(answer.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(answer.path("message").asText()).startsWith("No se implementó: processes/review.bpmn: ")
                .contains(spanishFinding);
        assertThat(answer.path("problems").findValuesAsText("file")).contains("processes/review.bpmn");
        assertThat(answer.path("problems").findValuesAsText("message")).contains(spanishFinding);
        assertThat(json.readTree(english.body()).path("message").asText()).startsWith("Not deployed: ")
                .contains("${approvalRules.approves(execution)}: it calls approves() on a value, which diagrams may"
                        + " not do");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    private static MockMultipartFile file(String name, String fixture) {
        return new MockMultipartFile("files", name, "application/octet-stream",
                ProcessResourceValidatorTests.bytes(fixture));
    }

    /** Camunda Modeler's deploy: the diagram as processes/review.bpmn with its form and the form's Spanish words. */
    private HttpResponse<String> modeler(String user, String language, String diagram) throws Exception {
        String boundary = "----ModelerInSpanish";
        StringBuilder body = new StringBuilder();
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n")
                .append("review\r\n");
        part(body, boundary, "review.bpmn", ProcessResourceValidatorTests.fixture(diagram));
        part(body, boundary, "review.form", ProcessResourceValidatorTests.fixture("review.form"));
        part(body, boundary, "review.es.json", ProcessResourceValidatorTests.fixture("review.es.json"));
        body.append("--").append(boundary).append("--\r\n");
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void part(StringBuilder body, String boundary, String name, String content) {
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"; filename=\"").append(name).append("\"\r\n\r\n").append(content).append("\r\n");
    }
}
