package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Views and changes of a client record are audited, whichever door they came by. */
@ApplicationTest
class RecordAccessAuditTests {

    private static final String VALID_INTAKE = """
            {"variables": {"contactDate": "2026-11-02", "contactMethod": "PHONE", "livingSituation": "ALONE",
             "presentingNeeds": "Needs help with meals and transport.", "consentToShare": true, "eligible": true}}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ApplicationEventPublisher events;
    @PersistenceContext
    EntityManager em;
    @LocalServerPort
    int port;

    @Test
    void viewingTheCasePageIsRecordedWithWhoWhichRecordAndFromWhere() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()).with(from("192.0.2.10")))
                .andExpect(status().isOk());

        assertThat(AuditRows.ofCase(em, caseNumber)).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
            assertThat(event.getActor()).isEqualTo("cora");
            assertThat(event.getResource()).isEqualTo("GET /cases/" + caseNumber);
            assertThat(event.getOutcome()).isEqualTo("200");
            assertThat(event.getRemoteAddress()).isEqualTo("192.0.2.10");
            assertThat(event.getOccurredAt()).isNotNull();
        });
    }

    @Test
    void readingTheCaseThroughTheApiIsRecorded() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic("colin", "demo")).with(from("192.0.2.11")))
                .andExpect(status().isOk());

        assertThat(AuditRows.ofCase(em, caseNumber)).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
            assertThat(event.getActor()).isEqualTo("colin");
            assertThat(event.getResource()).isEqualTo("GET /api/cases/" + caseNumber);
            assertThat(event.getRemoteAddress()).isEqualTo("192.0.2.11");
        });
    }

    @Test
    void completingATaskIsAChangeOfItsCaseAndTheDoneTaskStillNamesIt() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID_INTAKE))
                .andExpect(status().isNoContent());
        mvc.perform(get("/tasks/{id}", taskId).with(Users.cora())).andExpect(status().is3xxRedirection());

        List<AuditEvent> events = AuditRows.ofCase(em, caseNumber);
        assertThat(events).extracting(AuditEvent::getResource)
                .containsExactly("GET /tasks/" + taskId, "POST /api/tasks/" + taskId + "/complete");
        assertThat(events.get(1).getAction()).isEqualTo(AuditAction.CHANGE_RECORD);
        assertThat(events.get(1).getOutcome()).isEqualTo("204");
        assertThat(events.get(1).getActor()).isEqualTo("cora");
        assertThat(events.get(0).getOutcome()).as("the task is gone: back to the list with an error")
                .isEqualTo(AuditEvent.FAILURE);
    }

    @Test
    void refusedAndRolledBackActionsAreStillRecordedWithTheirOutcome() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("colin", "demo")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"variables\": {}}"))
                .andExpect(status().isBadRequest());

        List<AuditEvent> events = AuditRows.ofCase(em, caseNumber);
        assertThat(events).extracting(AuditEvent::getActor, AuditEvent::getAction, AuditEvent::getOutcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cora", AuditAction.CHANGE_RECORD, "400"),
                        org.assertj.core.groups.Tuple.tuple("colin", AuditAction.REASSIGN, "409"),
                        org.assertj.core.groups.Tuple.tuple("cora", AuditAction.CHANGE_RECORD, "204"));
    }

    @Test
    void takingOverATaskFromItsOwnerIsAReassignment() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("colin", "demo")))
                .andExpect(status().isNoContent());

        assertThat(AuditRows.ofCase(em, caseNumber)).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.REASSIGN);
            assertThat(event.getActor()).isEqualTo("colin");
            assertThat(event.getOutcome()).isEqualTo("204");
        });
    }

    @Test
    void theEngineRestApiIsAuditedUnderTheCaseOfTheTaskOrProcessInstance() {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        String processInstanceId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
        rest.withBasicAuth("cora", "demo").getForEntity("/engine-rest/task/{id}/form-variables", String.class, taskId);
        rest.withBasicAuth("cora", "demo").getForEntity("/engine-rest/process-instance/{id}", String.class,
                processInstanceId);

        assertThat(AuditRows.ofCase(em, caseNumber))
                .extracting(AuditEvent::getActor, AuditEvent::getAction, AuditEvent::getResource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cora", AuditAction.VIEW_RECORD,
                                "GET /engine-rest/process-instance/" + processInstanceId),
                        org.assertj.core.groups.Tuple.tuple("cora", AuditAction.VIEW_RECORD,
                                "GET /engine-rest/task/" + taskId + "/form-variables"));
    }

    @Test
    void camundasWebappsAreAuditedAsTheUserLoggedInToThem() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, "colin", "demo");
        tasklist.get("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables");

        assertThat(AuditRows.ofCase(em, caseNumber)).singleElement().satisfies(event -> {
            assertThat(event.getActor()).isEqualTo("colin");
            assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
            assertThat(event.getResource())
                    .isEqualTo("GET /camunda/api/engine/engine/default/task/" + taskId + "/form-variables");
        });
    }

    @Test
    void aRequestRefusedBySpringSecuritysUrlRulesIsRecordedAsRefused() {
        String caseNumber = cases.open("team-north");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases/" + caseNumber);
        request.setRemoteAddr("192.0.2.12");
        var dana = UsernamePasswordAuthenticationToken.authenticated("dana", null, List.of());
        events.publishEvent(new AuthorizationDeniedEvent<>(() -> dana, request, new AuthorizationDecision(false)));

        assertThat(AuditRows.ofCase(em, caseNumber)).singleElement().satisfies(event -> {
            assertThat(event.getActor()).isEqualTo("dana");
            assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
            assertThat(event.getOutcome()).isEqualTo("403");
            assertThat(event.getRemoteAddress()).isEqualTo("192.0.2.12");
        });
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
