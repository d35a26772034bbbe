package org.casecoordination.supervision.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/cases/{caseNumber}/crisis: 201 with the on-call coordinator's task, 404, 409, 400, 403. */
@ApplicationTest
class CrisisApiTests {

    static final String REPORT = """
            {"description": "Caller says the client has not eaten for two days and is confused.",
             "reportedBy": "Neighbour", "callbackNumber": "+49 30 1234567"}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    OnCallShiftRepository roster;

    @AfterEach
    void clearRoster() {
        roster.deleteAll();
    }

    @Test
    void aCrisisOnAnOpenCaseGoesToThisWeeksOnCallCoordinatorDueWithinTheHour() throws Exception {
        String caseNumber = cases.open("team-north");
        roster.save(new OnCallShift("team-north",
                OnCallRoster.weekOf(LocalDate.now(ZoneId.of("Europe/Berlin"))), "colin", "sam"));

        String body = mvc.perform(post("/api/cases/{n}/crisis", caseNumber).with(Users.cora())
                        .contentType(MediaType.APPLICATION_JSON).content(REPORT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.taskId").isNotEmpty())
                .andReturn().getResponse().getContentAsString();

        Task task = taskService.createTaskQuery().taskId(JsonPath.read(body, "$.taskId")).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_CrisisResponse");
        assertThat(task.getAssignee()).isEqualTo("colin");
        assertThat(task.getDueDate().getTime() - System.currentTimeMillis()).isBetween(3_500_000L, 3_600_000L);
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(caseId))
                .anyMatch(e -> e.getKind() == TimelineKind.CRISIS_REPORTED && e.getSummary().contains("Neighbour")
                        && e.getSummary().contains("+49 30 1234567"));
    }

    @Test
    void anUnknownCaseIs404AClosedOne409() throws Exception {
        mvc.perform(post("/api/cases/{n}/crisis", "CC-1999-999999").with(Users.cora())
                        .contentType(MediaType.APPLICATION_JSON).content(REPORT))
                .andExpect(status().isNotFound());

        String closed = cases.open("team-north");
        cases.complete("cora", closed, "Task_Intake", FormAnswers.intakeNotEligible("NOT_ELIGIBLE"));
        cases.complete("cora", closed, "Task_CloseCase", FormAnswers.closure("NOT_ELIGIBLE"));
        mvc.perform(post("/api/cases/{n}/crisis", closed).with(Users.cora())
                        .contentType(MediaType.APPLICATION_JSON).content(REPORT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("closed")));
    }

    @Test
    void aReportWithoutADescriptionIs400AndNothingIsStarted() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/api/cases/{n}/crisis", caseNumber).with(Users.cora())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"  \", \"callbackNumber\": \"call me\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'description')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'callbackNumber')]").isNotEmpty());
        assertThat(cases.tasks(caseNumber, "Task_CrisisResponse")).isEmpty();
    }

    @Test
    void anotherTeamsCaseIsNotTheirsToReportOn() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/api/cases/{n}/crisis", caseNumber).with(Users.dana())
                        .contentType(MediaType.APPLICATION_JSON).content(REPORT))
                .andExpect(status().isForbidden());
        assertThat(cases.tasks(caseNumber, "Task_CrisisResponse")).isEmpty();
    }
}
