package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.AsApplication;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Camunda Modeler 5.40's Deploy button, byte for byte as its CamundaAPI.js sends it from Modeler's built-in browser,
 * and Camunda's other deployment doors: every one lands in the app's one deployment through the same validation.
 */
@ApplicationTest
class ModelerDeploymentTests {

    /** What an administrator reads when deploying, in English. */
    static final String ADMINS_DO_NOT_DEPLOY = "Administrators do not deploy processes: a process analyst deploys"
            + " them from Camunda Modeler or the Processes page.";

    private static final String CREATE = "/engine-rest/deployment/create";
    private static final String[] PREFIXES = {"/engine-rest", "/engine-rest/engine/default",
            "/camunda/api/engine/engine/default"};

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessDeployments deployments;
    @Autowired
    ProcessVersions versions;
    @Autowired
    ProcessResourceValidator validator;
    @Autowired
    AsApplication asApplication;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private ProcessFolders packaged;

    @AfterEach
    void restoreTheRepositoryFolders() {
        if (packaged != null) {
            ProcessDeployments bean = AopTestUtils.getTargetObject(deployments);
            ReflectionTestUtils.setField(bean, "folders", packaged);
            packaged = null;
            RepositoryFiles.redeploy(repositoryService, validator, asApplication, jdbc);
        }
    }

    @Test
    void modelersDeployIsTheNextVersionOfTheAppsDeploymentWithEverythingElseAndIsWrittenToTheFolder(
            @TempDir Path folder) throws Exception {
        useWritableFolders(folder);
        int before = latestVersion(CaseLifecycleProcess.PROCESS_KEY);
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        byte[] diagram = changedDiagram(folder);
        byte[] form = Files.readString(folder.resolve("forms/close-case.form"))
                .replace("Reason for closing", "Why the case closes").getBytes(StandardCharsets.UTF_8);

        // the 3 s (Modeler gives up after 5 s) is the benchmark's to measure, at 100,000 open cases
        // (bench.ModelerDeployBench), not a timed test's on a build machine busy with other work
        HttpResponse<String> response = modeler(CREATE, true, "ana", diagram, Map.of("close-case.form", form));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        String id = answer.path("id").asText();
        assertThat(answer.path("name").asText()).isEqualTo(ProcessDeployments.DEPLOYMENT_NAME);
        assertThat(answer.path("deploymentTime").asText()).isNotEmpty();
        assertThat(answer.path("deployedProcessDefinitions").findValuesAsText("key"))
                .contains(CaseLifecycleProcess.PROCESS_KEY);
        assertThat(latestVersion(CaseLifecycleProcess.PROCESS_KEY)).isEqualTo(before + 1);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 1);
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(id).singleResult();
        assertThat(deployment.getName()).isEqualTo(ProcessDeployments.DEPLOYMENT_NAME);
        assertThat(new TreeSet<>(repositoryService.getDeploymentResourceNames(id)))
                .as("the other processes and forms are carried over").isEqualTo(filesIn(folder));
        assertThat(Files.readString(folder.resolve("processes/case-lifecycle.bpmn")))
                .isEqualTo(new String(diagram, StandardCharsets.UTF_8));
        assertThat(Files.readString(folder.resolve("forms/close-case.form"))).contains("Why the case closes");
        assertThat(versions.of(CaseLifecycleProcess.PROCESS_KEY).get(0).deployedBy())
                .isEqualTo("Ana Petrova (Camunda Modeler)");

        HttpResponse<String> again = modeler(CREATE, true, "ana", diagram, Map.of("close-case.form", form));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("id").asText()).as("unchanged: the same deployment").isEqualTo(id);
        assertThat(json.readTree(again.body()).path("deployedProcessDefinitions").findValuesAsText("key"))
                .contains(CaseLifecycleProcess.PROCESS_KEY);
        assertThat(latestVersion(CaseLifecycleProcess.PROCESS_KEY)).isEqualTo(before + 1);

        HttpResponse<String> unfiltered = modeler(CREATE, false, "ana", diagram, Map.of());
        assertThat(unfiltered.statusCode()).isEqualTo(200);
        assertThat(latestVersion(CaseLifecycleProcess.PROCESS_KEY)).as("an unchanged set is never a new version")
                .isEqualTo(before + 1);
    }

    @Test
    void aFormTheDiagramNeedsThatTheRequestDoesNotCarryComesFromTheCurrentDeployment(@TempDir Path folder)
            throws Exception {
        useWritableFolders(folder);
        String closeCase = Files.readString(folder.resolve("forms/close-case.form"));
        Files.delete(folder.resolve("forms/close-case.form"));

        HttpResponse<String> response = modeler(CREATE, true, "ana", changedDiagram(folder), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String id = json.readTree(response.body()).path("id").asText();
        assertThat(repositoryService.getDeploymentResourceNames(id)).contains("forms/close-case.form");
        assertThat(Files.readString(folder.resolve("forms/close-case.form"))).isEqualTo(closeCase);
    }

    @Test
    void anInvalidDiagramIs400WithTheProblemsInModelersMessageAndNothingIsDeployedOrWritten(@TempDir Path folder)
            throws Exception {
        useWritableFolders(folder);
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();

        HttpResponse<String> response = modeler(CREATE, true, "ana",
                "review.bpmn", ProcessResourceValidatorTests.bytes("missing-form.bpmn"), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(error.path("message").asText()).startsWith("Not deployed: ")
                .contains("processes/review.bpmn: Task_Review: its form reference \"reveiw\" names no form in forms/");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(folder.resolve("processes/review.bpmn")).doesNotExist();

        String noTimeToLive = Files.readString(folder.resolve("processes/case-lifecycle.bpmn"))
                .replace(" camunda:historyTimeToLive=\"P180D\"", "");
        HttpResponse<String> noHistory = modeler(CREATE, true, "ana", "case-lifecycle.bpmn",
                noTimeToLive.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(noHistory.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noHistory.body()).path("message").asText())
                .contains("processes/case-lifecycle.bpmn: CaseLifecycle: the process has no History Time To Live");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void aTranslationLackingALabelOrNamingAnUnknownFieldIs400AndNothingIsDeployedOrWritten(@TempDir Path folder)
            throws Exception {
        useWritableFolders(folder);
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        String spanish = Files.readString(folder.resolve("forms/intake.es.json"));
        byte[] diagram = Files.readAllBytes(folder.resolve("processes/case-lifecycle.bpmn"));

        HttpResponse<String> lacking = modeler(CREATE, true, "ana", diagram, Map.of("intake.es.json",
                spanish.replace("\"label\": \"Situación de vivienda\",", "").getBytes(StandardCharsets.UTF_8)));
        assertThat(lacking.statusCode()).isEqualTo(400);
        assertThat(json.readTree(lacking.body()).path("message").asText()).contains("forms/intake.es.json:"
                + " livingSituation: The Spanish words of form \u201cintake\u201d lack the label of field"
                + " \u201clivingSituation\u201d");

        HttpResponse<String> unknown = modeler(CREATE, true, "ana", diagram, Map.of("intake.es.json",
                spanish.replace("\"livingSituation\":", "\"livingSituations\":").getBytes(StandardCharsets.UTF_8)));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("message").asText())
                .contains("The Spanish words of form \u201cintake\u201d name field \u201clivingSituations\u201d,"
                        + " which the form does not have");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(folder.resolve("forms/intake.es.json")).hasContent(spanish);
    }

    @Test
    void aDiagramWhoseSpanishNamesLackATaskIs400NamingDiagramTaskAndLanguage(@TempDir Path folder) throws Exception {
        useWritableFolders(folder);
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        Path names = folder.resolve("processes/case-lifecycle.es.json");
        String spanish = Files.readString(names);
        Files.writeString(names, spanish.replace("\"Task_Assessment\": \"Evaluar necesidades\",", ""));

        HttpResponse<String> lacking = modeler(CREATE, true, "ana", changedDiagram(folder), Map.of());
        assertThat(lacking.statusCode()).isEqualTo(400);
        assertThat(json.readTree(lacking.body()).path("message").asText()).contains("processes/case-lifecycle.bpmn:"
                + " Task_Assessment: \u201cAssess needs\u201d (Task_Assessment) has no Spanish name; add it to"
                + " processes/case-lifecycle.es.json");

        HttpResponse<String> unknown = modeler(CREATE, true, "ana", changedDiagram(folder), Map.of(
                "case-lifecycle.es.json", spanish.replace("\"Task_Assessment\":", "\"Task_Asessment\":")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("message").asText()).contains("processes/case-lifecycle.es.json:"
                + " Task_Asessment: the Spanish names include an element that processes/case-lifecycle.bpmn does not"
                + " have");

        HttpResponse<String> broken = modeler(CREATE, true, "ana", changedDiagram(folder), Map.of(
                "case-lifecycle.es.json", spanish.substring(0, spanish.length() / 2).getBytes(StandardCharsets.UTF_8)));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json.readTree(broken.body()).path("message").asText())
                .contains("processes/case-lifecycle.es.json: the names file is not valid JSON");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(folder.resolve("processes/case-lifecycle.bpmn")).content()
                .contains("name=\"Contact client and complete intake\"");
    }

    /** The review form with its Spanish words and the Spanish names of a diagram review-process.bpmn. */
    private static Map<String, byte[]> reviewFormAndNames() {
        return Map.of("review.form", ProcessResourceValidatorTests.bytes("review.form"),
                "review.es.json", ProcessResourceValidatorTests.bytes("review.es.json"),
                "review-process.es.json", ProcessResourceValidatorTests.fixture("review-names.es.json")
                        .replace("\"diagram\": \"review\"", "\"diagram\": \"review-process\"")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Issue 15's attacks through Modeler's exact request, on each of the engine API's three prefixes. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"${caseRepository.count()}",
            "${''.getClass().forName('java.lang.Runtime')}",
            "${execution.getProcessEngineServices().getRuntimeService()}"})
    void aDiagramReachingBeyondItsDataContractIs400OnEveryPrefixAndNothingIsDeployed(String attack,
            @TempDir Path folder) throws Exception {
        useWritableFolders(folder);
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        byte[] attacked = org.casecoordination.processes.guard.DiagramCodeTests.lifecycleWithListener(attack)
                .getBytes(StandardCharsets.UTF_8);
        for (String prefix : new String[] {"/engine-rest", "/engine-rest/engine/default"}) {
            HttpResponse<String> response = modeler(prefix + "/deployment/create", true, "ana", attacked, Map.of());
            assertThat(response.statusCode()).as(prefix).isEqualTo(400);
            assertThat(json.readTree(response.body()).path("message").asText()).as(prefix)
                    .contains("processes/case-lifecycle.bpmn: CaseLifecycle: " + attack);
        }
        Multipart body = multipart(true, "case-lifecycle.bpmn", attacked, Map.of());
        HttpResponse<String> webapp = CamundaWebappSession.login(port, "ana", "demo", "cockpit")
                .post(PREFIXES[2] + "/deployment/create", body.contentType(), body.text());
        assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
        assertThat(json.readTree(webapp.body()).path("message").asText())
                .contains("processes/case-lifecycle.bpmn: CaseLifecycle: " + attack);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(Files.readString(folder.resolve("processes/case-lifecycle.bpmn"))).doesNotContain(attack);
    }

    @Test
    void withUploadsOffModelerIsToldWhatTheUploadPageSays() throws Exception {
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        HttpResponse<String> response = modeler(CREATE, true, "ana", "review-process.bpmn",
                ProcessResourceValidatorTests.bytes("valid.bpmn"), reviewFormAndNames());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readTree(response.body()).path("message").asText())
                .isEqualTo(deployments.folders().uploadsOff().orElseThrow());
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void administratorsCoordinatorsAndSupervisorsAre403OnEveryPrefixPointingAtTheAnalysts() throws Exception {
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        byte[] diagram = ProcessResourceValidatorTests.bytes("valid.bpmn");
        String current = currentDeploymentId();
        for (String prefix : List.of(PREFIXES[0], PREFIXES[1])) {
            for (String user : List.of("admin", "cora", "sam")) {
                HttpResponse<String> create = modeler(prefix + "/deployment/create", true, user, "review.bpmn",
                        diagram, Map.of());
                assertThat(create.statusCode()).as(user + " " + prefix).isEqualTo(403);
                assertThat(json.readTree(create.body()).path("type").asText()).isEqualTo("AuthorizationException");
                assertThat(json.readTree(create.body()).path("message").asText()).contains("process analyst");
                HttpResponse<String> redeploy = basic(user, HttpRequest.newBuilder(uri(prefix + "/deployment/"
                        + current + "/redeploy")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")));
                assertThat(redeploy.statusCode()).as(user + " " + prefix + " redeploy").isEqualTo(403);
            }
        }
        HttpResponse<String> admin = modeler(CREATE, true, "admin", "review.bpmn", diagram, Map.of());
        assertThat(json.readTree(admin.body()).path("message").asText()).isEqualTo(ADMINS_DO_NOT_DEPLOY);

        CamundaWebappSession cockpit = CamundaWebappSession.login(port, "admin", "demo", "cockpit");
        Multipart body = multipart(true, "review.bpmn", diagram, Map.of());
        HttpResponse<String> webapp = cockpit.post(PREFIXES[2] + "/deployment/create", body.contentType(),
                body.text());
        assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
        assertThat(json.readTree(webapp.body()).path("message").asText()).isEqualTo(ADMINS_DO_NOT_DEPLOY);
        HttpResponse<String> webappRedeploy = cockpit.postJson(PREFIXES[2] + "/deployment/" + current + "/redeploy",
                "{}");
        assertThat(webappRedeploy.statusCode()).isEqualTo(403);

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    /** Redeploying an earlier deployment makes its files the next version: a way back, validated like the rest. */
    @Test
    void redeployOnEveryPrefixDeploysThatDeploymentsFilesAsTheNextVersion(@TempDir Path folder) throws Exception {
        useWritableFolders(folder);
        String original = currentDeploymentId();
        String originalDiagram = Files.readString(folder.resolve("processes/case-lifecycle.bpmn"));
        HttpResponse<String> changed = modeler(CREATE, true, "ana", changedDiagram(folder), Map.of());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        int changedVersion = latestVersion(CaseLifecycleProcess.PROCESS_KEY);

        HttpResponse<String> back = basic("ana", HttpRequest.newBuilder(uri(PREFIXES[1] + "/deployment/" + original
                        + "/redeploy")).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceNames\": [\"processes/case-lifecycle.bpmn\"]}")));

        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(latestVersion(CaseLifecycleProcess.PROCESS_KEY)).isEqualTo(changedVersion + 1);
        assertThat(Files.readString(folder.resolve("processes/case-lifecycle.bpmn"))).isEqualTo(originalDiagram);
        String latest = currentDeploymentId();
        assertThat(json.readTree(back.body()).path("id").asText()).isEqualTo(latest);
        assertThat(new TreeSet<>(repositoryService.getDeploymentResourceNames(latest))).isEqualTo(filesIn(folder));
        assertThat(versions.of(CaseLifecycleProcess.PROCESS_KEY).get(0).deployedBy()).isEqualTo("Ana Petrova (another tool)");

        HttpResponse<String> unknown = basic("ana", HttpRequest.newBuilder(uri(PREFIXES[0]
                + "/deployment/no-such-deployment/redeploy")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> otherEngine = basic("ana", HttpRequest.newBuilder(uri(
                "/engine-rest/engine/no-such-engine/deployment/" + original + "/redeploy"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(otherEngine.statusCode()).as("the engine API's own answer: " + otherEngine.body()).isEqualTo(400);
        assertThat(otherEngine.body()).doesNotContain("Not deployed");

        CamundaWebappSession cockpit = CamundaWebappSession.login(port, "ana", "demo", "cockpit");
        String redeployLatest = PREFIXES[2] + "/deployment/" + latest + "/redeploy";
        HttpResponse<String> forged = cockpit.postWithoutToken(redeployLatest, "application/json", "{}");
        assertThat(forged.statusCode()).as("the webapps' CSRF token is required").isEqualTo(403);
        HttpResponse<String> webapp = cockpit.postJson(redeployLatest, "{}");
        assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(200);
        assertThat(json.readTree(webapp.body()).path("id").asText()).as("unchanged").isEqualTo(latest);
    }

    @Test
    void theRequestsModelerMakesBeforeDeployingAnswer200() throws Exception {
        for (String path : List.of("/engine-rest/version", "/engine-rest/deployment?maxResults=0")) {
            HttpResponse<String> response = basic("ana", modelerHeaders(HttpRequest.newBuilder(uri(path))).GET());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        }
    }

    /**
     * A page of another site can post a form (navigate) or a no-cors fetch, and a cached Basic login would ride
     * along; it cannot set an Authorization header on a CORS request without a preflight, which Modeler can.
     */
    @Test
    void modelersRequestIsToldApartFromAForgedCrossSitePost() throws Exception {
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        Multipart body = multipart(true, "review.bpmn", ProcessResourceValidatorTests.bytes("valid.bpmn"), Map.of());
        for (String mode : List.of("navigate", "no-cors")) {
            HttpResponse<String> response = basic("ana", HttpRequest.newBuilder(uri(CREATE))
                    .header("Content-Type", body.contentType()).header("Sec-Fetch-Site", "cross-site")
                    .header("Sec-Fetch-Mode", mode).header("Sec-Fetch-Dest", "document")
                    .POST(HttpRequest.BodyPublishers.ofString(body.text())));
            assertThat(response.statusCode()).as(mode).isEqualTo(403);
        }
        HttpResponse<String> corsWithoutCredentials = http.send(HttpRequest.newBuilder(uri(CREATE))
                .header("Content-Type", body.contentType()).header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "cors").POST(HttpRequest.BodyPublishers.ofString(body.text())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(corsWithoutCredentials.statusCode()).isEqualTo(401);
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(uri(CREATE))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization").header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "cors").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .as("another site's script may not set the Authorization header").isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);

        HttpResponse<String> modeler = modeler(CREATE, true, "ana", "review-process.bpmn",
                ProcessResourceValidatorTests.bytes("valid.bpmn"), reviewFormAndNames());
        assertThat(modeler.statusCode()).as("past the cross-site rule: uploads are off here").isEqualTo(409);
    }

    /** The challenge would make a browser prompt and then cache the login for other sites' requests. */
    @Test
    void aBrowserIsNeverChallengedForBasicCredentialsButAScriptIs() throws Exception {
        for (String path : List.of("/engine-rest/version", "/api/cases/CC-2026-000001")) {
            HttpResponse<String> browser = http.send(HttpRequest.newBuilder(uri(path)).header("Sec-Fetch-Mode", "cors")
                    .header("Sec-Fetch-Site", "same-origin").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(browser.statusCode()).isEqualTo(401);
            assertThat(browser.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
            HttpResponse<String> navigation = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Site", "none").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(navigation.statusCode()).isEqualTo(401);
            assertThat(navigation.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();

            HttpResponse<String> script = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(script.statusCode()).isEqualTo(401);
            assertThat(script.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"case-coordination\"");
        }
    }

    // --- Modeler's request ---

    /** CamundaAPI.js: deployment-name, deployment-source, enable-duplicate-filtering, then one part per file. */
    private HttpResponse<String> modeler(String path, boolean duplicateFiltering, String user, byte[] diagram,
            Map<String, byte[]> attachments) throws IOException, InterruptedException {
        return modeler(path, duplicateFiltering, user, "case-lifecycle.bpmn", diagram, attachments);
    }

    private HttpResponse<String> modeler(String path, boolean duplicateFiltering, String user, String diagramName,
            byte[] diagram, Map<String, byte[]> attachments) throws IOException, InterruptedException {
        Multipart body = multipart(duplicateFiltering, diagramName, diagram, attachments);
        return basic(user, modelerHeaders(HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", body.contentType()).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** Modeler's built-in browser calls the engine from its own origin: cross-site, in CORS mode. */
    private static HttpRequest.Builder modelerHeaders(HttpRequest.Builder request) {
        return request.header("Accept", "application/json").header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "cors").header("Sec-Fetch-Dest", "empty");
    }

    private record Multipart(String boundary, byte[] bytes) {
        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Multipart multipart(boolean duplicateFiltering, String diagramName, byte[] diagram,
            Map<String, byte[]> attachments) {
        String boundary = "----WebKitFormBoundaryModeler540";
        StringBuilder text = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", diagramName.replace(".bpmn", ""));
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("enable-duplicate-filtering", String.valueOf(duplicateFiltering));
        fields.forEach((name, value) -> text.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        text.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(diagramName).append("\"; filename=\"")
                .append(diagramName).append("\"\r\nContent-Type: text/xml\r\n\r\n")
                .append(new String(diagram, StandardCharsets.UTF_8)).append("\r\n");
        attachments.forEach((name, content) -> text.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(name).append("\"\r\n\r\n").append(new String(content, StandardCharsets.UTF_8)).append("\r\n"));
        text.append("--").append(boundary).append("--\r\n");
        return new Multipart(boundary, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> basic(String user, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    // --- the app's side ---

    private void useWritableFolders(Path folder) throws IOException {
        RepositoryFiles.copyTo(folder);
        ProcessDeployments bean = AopTestUtils.getTargetObject(deployments);
        packaged = bean.folders();
        ReflectionTestUtils.setField(bean, "folders", ProcessFolders.configured("", folder));
    }

    private static byte[] changedDiagram(Path folder) throws IOException {
        String diagram = Files.readString(folder.resolve("processes/case-lifecycle.bpmn"));
        assertThat(diagram).contains("name=\"Contact client and complete intake\"");
        return diagram.replace("name=\"Contact client and complete intake\"",
                "name=\"Contact the client and complete intake\"").getBytes(StandardCharsets.UTF_8);
    }

    private int latestVersion(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getVersion();
    }

    private String currentDeploymentId() {
        return repositoryService.createDeploymentQuery().deploymentName(ProcessDeployments.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().listPage(0, 1).get(0).getId();
    }

    private static Set<String> filesIn(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String sub : new String[] {"processes", "forms", "documents"}) {
            try (Stream<Path> files = Files.list(folder.resolve(sub))) {
                files.filter(Files::isRegularFile).forEach(file -> names.add(sub + "/" + file.getFileName()));
            }
        }
        return names;
    }
}
