package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.casecoordination.tasklist.readmodel.TaskListMaintenance;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 18, defect 2: "Approve closure" sat in the coordinators' team queue, a coordinator could claim it but not
 * complete it, and then the supervisor saw it nowhere. A task only supervisors may complete is now in the team's
 * supervisors' queue ("Approvals") and refused to coordinators on every door.
 */
@ApplicationTest
class SupervisorQueueTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    SupervisorQueueRouting routing;
    @Autowired
    TaskListMaintenance maintenance;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskActions taskActions;

    @Test
    void anApprovalIsInTheSupervisorsQueueAndNotInTheCoordinatorsLists() throws Exception {
        long approvalsBefore = caseloadApprovals("cora");
        String caseNumber = closureAwaitingApproval();
        assertThat(caseloadApprovals("cora")).as("the caseload's approvals of cora's cases").isEqualTo(
                approvalsBefore + 1);

        assertThat(keys(list(Users.cora(), "team", caseNumber))).doesNotContain("Task_ApproveClosure");
        assertThat(keys(list(Users.colin(), "team", caseNumber))).doesNotContain("Task_ApproveClosure");
        assertThat(keys(list(Users.cora(), "mine", caseNumber))).doesNotContain("Task_ApproveClosure");
        assertThat(Jsoup.parse(page(Users.cora(), "team", caseNumber)).select("#task-table tbody tr")).isEmpty();

        JsonNode approvals = list(sam(), "approvals", caseNumber);
        assertThat(keys(approvals)).containsExactly("Task_ApproveClosure");
        assertThat(approvals.get("counts").get("approvals").asLong()).isPositive();
        var rows = Jsoup.parse(page(sam(), "approvals", caseNumber)).select("#task-table tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.text()).contains("Approve closure", caseNumber);
        assertThat(Jsoup.parse(page(sam(), "mine", null)).select("#tab-approvals").text()).startsWith("Approvals");
        assertThat(Jsoup.parse(page(Users.cora(), "mine", null)).select("#tab-approvals")).isEmpty();
        mvc.perform(get("/api/tasks").param("view", "approvals").with(Users.cora()))
                .andExpect(status().isBadRequest());

        assertThat(maintenance.check().isConsistent()).as(maintenance.check().summary()).isTrue();
    }

    @Test
    void aCoordinatorsClaimIsRefusedWith403OnEveryDoorAndNothingChanges() throws Exception {
        String caseNumber = closureAwaitingApproval();
        String taskId = cases.task(caseNumber, "Task_ApproveClosure").getId();

        String page = mvc.perform(post("/tasks/{id}/claim", taskId).with(Users.cora()).with(csrf()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).text()).contains("Only a supervisor of the case's team");
        String api = mvc.perform(post("/api/tasks/{id}/claim", taskId).with(Users.cora()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("Only a supervisor of the case's team", "Approve closure");
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(Users.cora()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"variables\": {\"closureDecision\": \"APPROVE\"}}")).andExpect(status().isForbidden());

        TestRestTemplate engineRest = rest.withBasicAuth("cora", "demo");
        for (String[] call : new String[][] {{"claim", "{\"userId\": \"cora\"}"},
                {"assignee", "{\"userId\": \"cora\"}"}, {"delegate", "{\"userId\": \"cora\"}"},
                {"complete", "{\"variables\": {\"closureDecision\": {\"value\": \"APPROVE\"}}}"}}) {
            ResponseEntity<String> refused = engineRest.postForEntity("/engine-rest/task/{id}/" + call[0],
                    json(call[1]), String.class, taskId);
            assertThat(refused.getStatusCode()).as(call[0]).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(call[0]).contains("Only a supervisor of the case's team");
        }
        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, "cora", "demo");
        HttpResponse<String> tasklistClaim = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + taskId + "/claim", "{\"userId\": \"cora\"}");
        assertThat(tasklistClaim.statusCode()).isEqualTo(403);
        assertThat(tasklistClaim.body()).contains("Only a supervisor of the case's team");

        // in the engine only the team's supervisors have it, not every supervisor of every team
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .groupIdIn("supervisors", "team-north", "coordinators").count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .userIdIn("sam").count()).isEqualTo(1);

        Task task = cases.task(caseNumber, "Task_ApproveClosure");
        assertThat(task.getId()).isEqualTo(taskId);
        assertThat(task.getAssignee()).isNull();
        assertThat(keys(list(sam(), "approvals", caseNumber))).containsExactly("Task_ApproveClosure");

        // the team's supervisor may, through the engine's door too
        ResponseEntity<String> samClaims = rest.withBasicAuth("sam", "demo").postForEntity(
                "/engine-rest/task/{id}/claim", json("{\"userId\": \"sam\"}"), String.class, taskId);
        assertThat(samClaims.getStatusCode()).as(samClaims.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cases.task(caseNumber, "Task_ApproveClosure").getAssignee()).isEqualTo("sam");
        assertThat(keys(list(sam(), "mine", caseNumber))).containsExactly("Task_ApproveClosure");
    }

    @Test
    void aRunningCasesApprovalOfferedToTheTeamAndClaimedByACoordinatorGoesBackToTheSupervisors() throws Exception {
        String caseNumber = closureAwaitingApproval();
        String taskId = cases.task(caseNumber, "Task_ApproveClosure").getId();
        // as the previous diagram routed it: offered to the team, then claimed by a coordinator (with her grant)
        taskService.deleteCandidateGroup(taskId, "supervisors");
        taskService.addCandidateGroup(taskId, "team-north");
        taskService.setAssignee(taskId, "cora");
        assertThat(keys(list(Users.cora(), "mine", caseNumber))).containsExactly("Task_ApproveClosure");
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .userIdIn("cora").count()).isEqualTo(1);

        assertThat(routing.rerouteOpenTasks()).isPositive();

        Task task = cases.task(caseNumber, "Task_ApproveClosure");
        assertThat(task.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId)
                .contains("supervisors").doesNotContain("team-north");
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .userIdIn("cora").count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .groupIdIn("team-north").count()).isZero();
        assertThat(keys(list(Users.cora(), "mine", caseNumber))).isEmpty();
        assertThat(keys(list(Users.cora(), "team", caseNumber))).isEmpty();
        assertThat(keys(list(sam(), "approvals", caseNumber))).containsExactly("Task_ApproveClosure");
        assertThat(entries(caseNumber)).anyMatch(entry -> entry.getSummary()
                .equals("\u201cApprove closure\u201d returned to the supervisors' queue"));
        assertThat(routing.rerouteOpenTasks()).as("nothing left to move").isZero();
        assertThat(maintenance.check().isConsistent()).as(maintenance.check().summary()).isTrue();
    }

    @Test
    void aTaskThatAnOlderVersionStillOffersToTheTeamIsCreatedForTheSupervisors() throws Exception {
        String caseNumber = cases.open("team-north");
        String older = deploy(fixture("${team}"));
        String newer = deploy(fixture("supervisors"));
        try {
            String definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(older).singleResult()
                    .getId();
            runtimeService.startProcessInstanceById(definitionId, caseNumber, Map.of("team", "team-north"));

            Task task = taskService.createTaskQuery().processDefinitionId(definitionId).singleResult();
            assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                    .contains("supervisors");
            assertThatThrownBy(() -> cases.as("cora", () -> {
                taskActions.claim(task.getId());
                return null;
            })).isInstanceOf(AccessDeniedException.class);
            assertThat(keys(list(Users.cora(), "team", caseNumber))).doesNotContain("Task_Approve");
            assertThat(keys(list(sam(), "approvals", caseNumber))).containsExactly("Task_Approve");
            // the team's own offer, made as the task was created, goes with the next start's step
            routing.rerouteOpenTasks();
            assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                    .contains("supervisors").doesNotContain("team-north");
        } finally {
            repositoryService.deleteDeployment(newer, true);
            repositoryService.deleteDeployment(older, true);
        }
    }

    private String deploy(String bpmn) {
        return repositoryService.createDeployment().name("queues-routing-fixture")
                .addString("queues-routing-fixture.bpmn", bpmn).deploy().getId();
    }

    /** A one-task process whose task is offered to these candidate groups. */
    private static String fixture(String candidateGroups) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_QueuesRouting"
                    targetNamespace="http://casecoordination.org/test">
                  <bpmn:process id="QueuesRoutingFixture" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Start"/>
                    <bpmn:sequenceFlow id="SequenceFlow_ToApprove" sourceRef="StartEvent_Start"
                        targetRef="Task_Approve"/>
                    <bpmn:userTask id="Task_Approve" name="Approve" camunda:candidateGroups="%s"/>
                    <bpmn:sequenceFlow id="SequenceFlow_ToEnd" sourceRef="Task_Approve" targetRef="EndEvent_Done"/>
                    <bpmn:endEvent id="EndEvent_Done"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(candidateGroups).strip();
    }

    @Test
    void aSupervisorTakesOverACoordinatorsTaskAndTheCaseTimelineSaysSo() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");

        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(sam())).andExpect(status().isNoContent());

        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("sam");
        assertThat(keys(list(sam(), "mine", caseNumber))).containsExactly("Task_Assessment");
        assertThat(keys(list(Users.cora(), "mine", caseNumber))).isEmpty();
        assertThat(entries(caseNumber)).anyMatch(entry -> entry.getActor().equals("sam") && entry.getSummary()
                .equals("\u201cAssess needs\u201d taken over by Sam Reyes from Cora Lindqvist"));
        // a coordinator of the team still cannot take a colleague's task that is not the owner's default
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(Users.colin())).andExpect(status().isConflict());
    }

    private long caseloadApprovals(String coordinator) throws Exception {
        JsonNode caseload = JSON.readTree(mvc.perform(get("/api/supervision/caseload").param("team", "team-north")
                .with(sam())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode row : caseload.get("coordinators")) {
            if (row.get("userId").asText().equals(coordinator)) {
                return row.get("approvals").asLong();
            }
        }
        throw new AssertionError(coordinator + " is not on the caseload");
    }

    private String closureAwaitingApproval() {
        String caseNumber = cases.open("team-north");
        cases.complete("cora", caseNumber, "Task_Intake", FormAnswers.intakeNotEligible("UNABLE_TO_CONTACT"));
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("UNABLE_TO_CONTACT"));
        return caseNumber;
    }

    private static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    private JsonNode list(UserRequestPostProcessor who, String view, String caseNumber) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/tasks").param("view", view).param("q", caseNumber).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String page(UserRequestPostProcessor who, String view, String caseNumber) throws Exception {
        var request = get("/tasks").param("view", view).with(who);
        if (caseNumber != null) {
            request.param("q", caseNumber);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> keys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.get("tasks").forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
        return keys;
    }

    private List<TimelineEntry> entries(String caseNumber) {
        return timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(
                caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId());
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
