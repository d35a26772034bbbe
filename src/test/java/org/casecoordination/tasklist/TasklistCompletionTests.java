package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's Tasklist submits forms through its own engine API; the same checks and record update apply. */
@ApplicationTest
class TasklistCompletionTests {

    @LocalServerPort
    int port;
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

    @Test
    void anInvalidTasklistSubmissionIsRefusedAndAValidOneUpdatesTheRecord() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        String submitForm = "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form";
        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, "colin", "demo");

        HttpResponse<String> invalid = tasklist.postJson(submitForm,
                "{\"variables\": {\"eligible\": {\"value\": false}, \"contactMethod\": {\"value\": \"PHONE\"}}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("contactDate", "presentingNeeds", "closureReason");
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage()).isEqualTo(CaseStage.INTAKE);

        HttpResponse<String> valid = tasklist.postJson(submitForm, """
                {"variables": {
                  "contactDate": {"value": "2026-11-20"}, "contactMethod": {"value": "HOME_VISIT"},
                  "livingSituation": {"value": "WITH_FAMILY"}, "consentToShare": {"value": true},
                  "presentingNeeds": {"value": "Her son works nights; she needs day care."},
                  "eligible": {"value": true}}}
                """);
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(204);

        var careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getStage()).isEqualTo(CaseStage.ASSESSMENT);
        assertThat(careCase.getOwner()).isEqualTo("colin");
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId())).singleElement()
                .satisfies(record -> {
                    assertThat(record.getCompletedBy()).isEqualTo("colin");
                    assertThat(record.getContent()).contains("she needs day care");
                });
        assertThat(runtimeService.getVariables(careCase.getProcessInstanceId()))
                .containsEntry("owner", "colin").doesNotContainKeys("presentingNeeds", "livingSituation");
    }

    @Test
    void theTasklistEngineApiSaysNothingToCallersWhoAreNotLoggedIn() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/camunda/api/engine/engine/default/task/"
                                + taskId + "/submit-form"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variables\": {}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain("contactDate");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }
}
