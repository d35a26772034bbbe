package org.casecoordination.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casecoordination.processes.deployment.RepositoryFiles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Issue #15's measure: an analyst deploys a changed diagram from Camunda Modeler (its request: HTTP Basic, the
 * deployment's name and source, duplicate filtering on, the diagram as one part) and gets Camunda's deployment
 * answer within 3 s (Modeler gives up after 5 s), at the benchmark's size. Each sample changes the intake task's
 * name, so each deploys a new version of the case lifecycle with every other process and form carried over, and
 * writes the diagram into the folders the application reads. So that it never writes into the repository, the
 * benchmark's application reads a copy of them ({@link #copyOfFolders}).
 */
final class ModelerDeployBench {

    static final int P95_TARGET_MS = 3_000;
    private static final String DIAGRAM = "case-lifecycle.bpmn";
    private static final String INTAKE_NAME = "name=\"Contact client and complete intake\"";
    private static final int WARM_UP = 2;

    private final RestClient engineRest;
    private final ObjectMapper json = new ObjectMapper();
    private final byte[] diagram;

    /** The analyst must exist with {@link HttpBench#PASSWORD} (HttpBench creates one). */
    ModelerDeployBench(ConfigurableApplicationContext context, Path folders, String analyst) throws IOException {
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        this.engineRest = RestClient.builder().baseUrl(base + "/engine-rest")
                .defaultHeaders(headers -> headers.setBasicAuth(analyst, HttpBench.PASSWORD)).build();
        this.diagram = Files.readAllBytes(folders.resolve("processes").resolve(DIAGRAM));
        if (!new String(diagram, StandardCharsets.UTF_8).contains(INTAKE_NAME)) {
            throw new IllegalStateException("the intake task's name in " + DIAGRAM + " changed: update the bench");
        }
    }

    /** A copy of the repository's process folders in {@code directory}, for case-coordination.process-resources. */
    static Path copyOfFolders(Path directory) throws IOException {
        Path copy = directory.resolve("process-folders").toAbsolutePath();
        RepositoryFiles.copyTo(copy);
        return copy;
    }

    /** {@code samples} deploys after two untimed ones, one after the other. */
    Map<String, Object> run(int samples) throws IOException {
        Timings timings = new Timings();
        for (int i = 0; i < WARM_UP + samples; i++) {
            byte[] changed = new String(diagram, StandardCharsets.UTF_8).replace(INTAKE_NAME,
                    "name=\"Contact client and complete intake (" + i + ")\"").getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            ResponseEntity<String> answer = deploy(changed);
            double took = (System.nanoTime() - start) / 1e6;
            JsonNode deployment = json.readTree(answer.getBody());
            if (answer.getStatusCode().value() != 200
                    || deployment.path("deployedProcessDefinitions").findValuesAsText("key").isEmpty()) {
                throw new IllegalStateException("Modeler's deploy: " + answer.getStatusCode() + " " + answer.getBody());
            }
            if (i >= WARM_UP) {
                timings.add(took);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>(timings.percentiles());
        result.put("maxMs", Timings.round(timings.max()));
        result.put("p95AtMost3s", timings.p95() <= P95_TARGET_MS);
        return result;
    }

    /** Camunda Modeler's request (CamundaAPI.js): three fields, then the diagram as a part named after its file. */
    private ResponseEntity<String> deploy(byte[] changed) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", DIAGRAM.replace(".bpmn", ""));
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("enable-duplicate-filtering", "true");
        HttpHeaders file = new HttpHeaders();
        file.setContentType(MediaType.TEXT_XML);
        file.setContentDispositionFormData(DIAGRAM, DIAGRAM);
        parts.add(DIAGRAM, new HttpEntity<>(new ByteArrayResource(changed), file));
        return engineRest.post().uri("/deployment/create").contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.APPLICATION_JSON).body(parts).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { })
                .toEntity(String.class);
    }
}
