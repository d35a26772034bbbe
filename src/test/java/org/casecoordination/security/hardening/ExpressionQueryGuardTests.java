package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Advisory against Camunda 7.24.0: expressions in task queries, also nested in "orQueries", run code for any
 * logged-in caller. Every way of sending one to the engine REST API or the webapps' engine API is refused on real
 * HTTP (MockMvc would not reach Jersey), and plain queries still work.
 */
@ApplicationTest
class ExpressionQueryGuardTests {

    private static final String REFUSED = "Expressions in task and filter queries are not allowed.";
    private static final String EXPRESSION = "${execution.getProcessEngineServices().getIdentityService()}";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilterService filterService;

    @Test
    void aTaskQueryWithAnExpressionInsideOrQueriesIsRefusedOnListAndCount() {
        for (String body : new String[] {
                "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}",
                "{\"orQueries\": [{\"processVariables\": [{\"name\": \"team\", \"operator\": \"eq\","
                        + " \"value\": \"x\"}], \"candidateGroupsExpression\": \"" + EXPRESSION + "\"}]}",
                "{\"assignee\": \"cora\", \"orQueries\": [{\"assignee\": \"cora\"},"
                        + " {\"dueDateExpression\": \"" + EXPRESSION + "\"}]}",
                "{\"orQueries\": [{\"assignee\\u0045xpression\": \"" + EXPRESSION + "\"}]}",
                "{\"candidateUserExpression\": \"" + EXPRESSION + "\"}"}) {
            for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count"}) {
                assertRefused(postJson(path, body), path + " " + body);
            }
        }
    }

    @Test
    void expressionParametersOnAGetAreRefused() {
        for (String query : new String[] {"assigneeExpression=", "candidateGroupsExpression=",
                "followUpBeforeOrNullExpression="}) {
            for (String path : new String[] {"/engine-rest/task?", "/engine-rest/task/count?"}) {
                assertRefused(rest.withBasicAuth("cora", "demo").getForEntity(path + query + "{e}", String.class,
                        EXPRESSION), path + query);
            }
        }
    }

    @Test
    void aFilterWithAnExpressionQueryIsNeitherCreatedNorUsedAsAnExtension() {
        String name = "Expression filter " + System.nanoTime();
        assertRefused(postJson("/engine-rest/filter/create", "{\"resourceType\": \"Task\", \"name\": \"" + name
                + "\", \"owner\": \"cora\", \"query\": {\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION
                + "\"}]}}"), "filter create");
        assertThat(filterService.createFilterQuery().filterName(name).count()).isZero();

        String allTasks = filterService.createFilterQuery().filterName("All tasks").singleResult().getId();
        for (String suffix : new String[] {"/list", "/count", "/singleResult"}) {
            assertRefused(postJson("/engine-rest/filter/" + allTasks + suffix,
                    "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}"), "filter " + suffix);
        }
    }

    @Test
    void theWebappsEngineApiRefusesThemToo() throws Exception {
        var tasklist = CamundaWebappSession.loginToTasklist(port, "cora", "demo");
        var response = tasklist.postJson("/camunda/api/engine/engine/default/task/count",
                "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(REFUSED);
    }

    @Test
    void theRefusalIsInTheRequestsLanguageAndKeepsCamundasType() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept-Language", "es");
        ResponseEntity<String> spanish = rest.withBasicAuth("cora", "demo").postForEntity("/engine-rest/task",
                new HttpEntity<>("{\"candidateUserExpression\": \"" + EXPRESSION + "\"}", headers), String.class);

        assertThat(spanish.getStatusCode().value()).isEqualTo(400);
        assertThat(spanish.getBody()).contains("\"type\":\"InvalidRequestException\"")
                .contains("No se permiten expresiones en las consultas de tareas y filtros.");
    }

    @Test
    void plainQueriesStillWork() {
        ResponseEntity<String> count = postJson("/engine-rest/task/count",
                "{\"orQueries\": [{\"assignee\": \"cora\"}, {\"candidateGroup\": \"team-north\"}]}");
        assertThat(count.getStatusCode().value()).as(count.getBody()).isEqualTo(200);
        assertThat(rest.withBasicAuth("cora", "demo").getForEntity("/engine-rest/task?assignee=cora", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> postJson(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("cora", "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static void assertRefused(ResponseEntity<String> response, String what) {
        assertThat(response.getStatusCode().value()).as(what + ": " + response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).as(what).contains(REFUSED);
    }
}
