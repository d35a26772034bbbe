package org.casecoordination.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Camunda's own doors with the engine's authorization on: a coordinator works their team's tasks through
 * /engine-rest and Tasklist and gets nothing else; analysts read definitions only; administrators see all.
 */
@ApplicationTest
class EngineAuthorizationTests {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;

    @Test
    void aCoordinatorSeesTheTeamsTasksAndNotAnotherTeams() {
        String north = cases.open("team-north");
        String south = cases.open("team-south");
        String northTask = cases.task(north, "Task_Intake").getId();
        String southTask = cases.task(south, "Task_Intake").getId();

        List<String> coraSees = JsonPath.read(get("cora", "/engine-rest/task?maxResults=1000").getBody(), "$[*].id");
        assertThat(coraSees).contains(northTask).doesNotContain(southTask);
        List<String> danaSees = JsonPath.read(get("dana", "/engine-rest/task?maxResults=1000").getBody(), "$[*].id");
        assertThat(danaSees).contains(southTask).doesNotContain(northTask);

        assertThat(get("dana", "/engine-rest/task/" + northTask).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        ResponseEntity<String> complete = rest.withBasicAuth("dana", "demo").postForEntity(
                "/engine-rest/task/" + northTask + "/complete", json("{\"variables\": {}}"), String.class);
        assertThat(complete.getStatusCode().is4xxClientError()).as(complete.getBody()).isTrue();
        assertThat(cases.tasks(north, "Task_Intake")).hasSize(1);
    }

    @Test
    void aCoordinatorCannotReadInstancesVariablesOrStartCasesThroughTheEngine() {
        String north = cases.open("team-north");
        String instance = caseRepository.findByCaseNumber(north).orElseThrow().getProcessInstanceId();

        assertThat(JsonPath.<List<?>>read(get("cora", "/engine-rest/process-instance").getBody(), "$")).isEmpty();
        assertThat(get("cora", "/engine-rest/process-instance/" + instance + "/variables").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("cora", "demo").postForEntity(
                "/engine-rest/process-definition/key/CaseLifecycle/start", json("{}"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JsonPath.<List<?>>read(get("cora", "/engine-rest/history/variable-instance").getBody(), "$"))
                .isEmpty();
    }

    @Test
    void analystsAndAdministratorsReadDefinitionsButNoCase() {
        String north = cases.open("team-north");
        String instance = caseRepository.findByCaseNumber(north).orElseThrow().getProcessInstanceId();

        List<String> keys = JsonPath.read(get("ana", "/engine-rest/process-definition").getBody(), "$[*].key");
        assertThat(keys).contains("CaseLifecycle");
        assertThat(JsonPath.<List<?>>read(get("ana", "/engine-rest/process-instance").getBody(), "$")).isEmpty();
        assertThat(JsonPath.<List<?>>read(get("ana", "/engine-rest/task").getBody(), "$")).isEmpty();

        // administrators manage Camunda, but open case data only through the app's emergency access
        List<String> adminSees = JsonPath.read(get("admin", "/engine-rest/process-instance?maxResults=1000")
                .getBody(), "$[*].id");
        assertThat(adminSees).doesNotContain(instance);
        assertThat(JsonPath.<List<?>>read(get("admin", "/engine-rest/task").getBody(), "$")).isEmpty();
        List<String> definitions = JsonPath.read(get("admin", "/engine-rest/process-definition").getBody(),
                "$[*].key");
        assertThat(definitions).contains("CaseLifecycle");
    }

    @Test
    void onlyAdministratorsMayCheckPasswordsThroughTheEngine() {
        // it checks any user's password without the login lockout: a way to guess passwords
        ResponseEntity<String> guess = rest.withBasicAuth("cora", "demo").postForEntity(
                "/engine-rest/identity/verify", json("{\"username\": \"sam\", \"password\": \"guess\"}"),
                String.class);
        assertThat(guess.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // a password set here would skip the app's password rules
        ResponseEntity<String> weak = rest.withBasicAuth("cora", "demo").exchange("/engine-rest/user/cora/credentials",
                org.springframework.http.HttpMethod.PUT,
                json("{\"password\": \"a\", \"authenticatedUserPassword\": \"demo\"}"), String.class);
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void camundasWebappsOpenOnlyToTheirRoles() throws Exception {
        assertThat(webappLogin("cora", "tasklist")).isEqualTo(200);
        assertThat(webappLogin("cora", "cockpit")).isEqualTo(403);
        assertThat(webappLogin("cora", "admin")).isEqualTo(403);
        assertThat(webappLogin("ana", "cockpit")).isEqualTo(200);
        assertThat(webappLogin("admin", "admin")).isEqualTo(200);
    }

    private int webappLogin(String user, String app) throws Exception {
        try {
            CamundaWebappSession.login(port, user, "demo", app);
            return 200;
        } catch (CamundaWebappSession.LoginRefused e) {
            return e.status();
        }
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
