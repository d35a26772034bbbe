package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Camunda's own REST API completes tasks through the same checks and record update as the app. */
@ApplicationTest
class EngineRestCompletionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    StageRecordRepository records;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void anInvalidEngineRestCompletionIsRefusedWith400NamingTheFields() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        ResponseEntity<String> response = engineRest("cora").postForEntity("/engine-rest/task/{id}/complete",
                json("""
                        {"variables": {"eligible": {"value": true}, "contactMethod": {"value": "PHONE"}}}
                        """), String.class, taskId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        DocumentContext body = JsonPath.parse(response.getBody());
        assertThat(body.read("$.message", String.class)).contains("contactDate", "presentingNeeds");
        assertThat(body.read("$.errors[*].field", List.class))
                .containsExactlyInAnyOrder("contactDate", "livingSituation", "presentingNeeds");

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage()).isEqualTo(CaseStage.INTAKE);
        assertThat(runtimeService.getVariables(cases.task(caseNumber, "Task_Intake").getExecutionId()))
                .doesNotContainKeys("eligible", "contactMethod");
    }

    @Test
    void aValidEngineRestCompletionUpdatesTheRecordAndKeepsClientDetailsOutOfTheEngine() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        String taskId = cases.task(caseNumber, "Task_PlanServices").getId();
        String processInstanceId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();

        // as Camunda Tasklist submits it: the checklist as a Json-typed variable
        ResponseEntity<String> response = engineRest("cora").postForEntity("/engine-rest/task/{id}/submit-form",
                json("""
                        {"variables": {
                          "servicesNeeded": {"value": "[\\"HOME_CARE\\",\\"TRANSPORTATION\\"]", "type": "Json"},
                          "planGoals": {"value": "Stay at home safely with help three days a week."},
                          "followUpInterval": {"value": "P14D"}}}
                        """), String.class, taskId);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        var careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getStage()).isEqualTo(CaseStage.SERVICE_ARRANGEMENT);
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId()))
                .last().satisfies(record -> {
                    assertThat(record.getTaskDefinitionKey()).isEqualTo("Task_PlanServices");
                    assertThat(record.getCompletedBy()).isEqualTo("cora");
                    assertThat(record.getContent()).contains("Stay at home safely").contains("HOME_CARE");
                });
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).hasSize(2);
        assertThat(runtimeService.getVariable(processInstanceId, "servicesNeeded"))
                .isEqualTo(List.of("HOME_CARE", "TRANSPORTATION"));
        assertThat(runtimeService.getVariable(processInstanceId, "followUpInterval")).isEqualTo("P14D");

        List<String> historyDetailNames = historyService.createHistoricDetailQuery()
                .processInstanceId(processInstanceId).list().stream()
                .map(detail -> detail instanceof HistoricVariableUpdate update ? update.getVariableName()
                        : detail instanceof HistoricFormField field ? field.getFieldId() : "")
                .toList();
        assertThat(historyDetailNames).as("history details").contains("servicesNeeded");
        for (String recordOnly : List.of("planGoals", "presentingNeeds", "healthConditions", "assessmentSummary")) {
            assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                    .variableName(recordOnly).count()).as("runtime variable %s", recordOnly).isZero();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                    .variableName(recordOnly).count()).as("history of %s", recordOnly).isZero();
            assertThat(historyDetailNames).as("history details").doesNotContain(recordOnly);
        }
    }

    @Test
    void theEngineRestApiIsClosedToAnonymousCallers() throws Exception {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.postForEntity("/engine-rest/process-definition/key/CaseLifecycle/start", json("{}"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engineRest("cora").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTrailingSlashOrSubmitFormDoesNotGetPastTheCheck() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        for (String path : new String[] {"/engine-rest/task/{id}/complete/", "/engine-rest//task/{id}/submit-form",
                "/engine-rest/engine/default/task/{id}/complete"}) {
            ResponseEntity<String> response = engineRest("cora").postForEntity(path,
                    json("{\"variables\": {\"eligible\": {\"value\": true}}}"), String.class, taskId);
            assertThat(response.getStatusCode()).as(path).isIn(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
        }
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage()).isEqualTo(CaseStage.INTAKE);
    }

    @Test
    void expressionsInTaskQueriesAreRefused() {
        ResponseEntity<String> orQuery = engineRest("cora").postForEntity("/engine-rest/task",
                json("{\"orQueries\": [{\"assigneeExpression\": \"${'x'}\"}]}"), String.class);
        assertThat(orQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> parameter = engineRest("cora").getForEntity(
                "/engine-rest/task?candidateGroupExpression={e}", String.class, "${currentUserGroups()}");
        assertThat(parameter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> named = engineRest("cora").postForEntity("/engine-rest/engine/default/task",
                json("{\"orQueries\": [{\"assigneeExpression\": \"${'x'}\"}]}"), String.class);
        assertThat(named.getStatusCode()).as("the named-engine path").isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> plain = engineRest("cora").postForEntity("/engine-rest/task",
                json("{\"orQueries\": [{\"assignee\": \"cora\"}]}"), String.class);
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private TestRestTemplate engineRest(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void camundasAdminSetupEndpointIsBlocked() throws Exception {
        mvc.perform(post("/camunda/api/admin/setup/default/user/create").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"profile\": {\"id\": \"mallory\"}, \"credentials\": {\"password\": \"x\"}}"))
                .andExpect(status().isForbidden());
    }
}
