package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class TaskApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    StageRecordRepository records;
    @Autowired
    TaskService taskService;
    @Autowired
    org.casecoordination.supervision.calendar.BusinessCalendar businessCalendar;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.HistoryService historyService;

    private static final String VALID_INTAKE = """
            {"variables": {"contactDate": "2026-11-02", "contactMethod": "PHONE", "livingSituation": "ALONE",
             "presentingNeeds": "Needs help with meals and transport.", "consentToShare": true, "eligible": true}}
            """;

    @Test
    void claimThenCompleteMovesTheCaseToAssessmentWithTheCompleterAsOwner() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("colin", "demo")))
                .andExpect(status().isNoContent());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("colin");

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("colin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID_INTAKE))
                .andExpect(status().isNoContent());

        var careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getStage()).isEqualTo(CaseStage.ASSESSMENT);
        assertThat(careCase.getOwner()).isEqualTo("colin");
        var assessment = cases.task(caseNumber, "Task_Assessment");
        assertThat(assessment.getAssignee()).isEqualTo("colin");
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.getCompletedBy()).isEqualTo("colin");
                    assertThat(record.getContent()).contains("Needs help with meals and transport.");
                });
        // the record holds the intake; the process keeps only the data contract (the assessment task itself carries
        // the living situation its form declares as a prefill, for Tasklist; it leaves with the task)
        assertThat(runtimeService.getVariables(assessment.getProcessInstanceId()))
                .containsKeys("eligible", "owner", "team")
                .doesNotContainKeys("presentingNeeds", "contactDate", "livingSituation");
        assertThat(taskService.getVariables(assessment.getId())).doesNotContainKeys("presentingNeeds", "contactDate");
    }

    @Test
    void claimingATaskSomeoneElseClaimedIsAConflict() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo")))
                .andExpect(status().isNoContent());

        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("colin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Cora Lindqvist")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("cora");

        mvc.perform(post("/api/tasks/{id}/unclaim", taskId).with(httpBasic("cora", "demo")))
                .andExpect(status().isNoContent());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void anInvalidCompletionNamesEachFieldAndChangesNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"variables": {"contactDate": "yesterday", "contactMethod": "CARRIER_PIGEON",
                                 "presentingNeeds": "short", "eligible": false}}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "contactDate", "contactMethod", "livingSituation", "presentingNeeds", "closureReason")));

        var task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("the task is still open").isNotNull();
        assertThat(task.getAssignee()).as("not even claimed").isNull();
        var careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getStage()).isEqualTo(CaseStage.INTAKE);
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId())).isEmpty();
        assertThat(taskService.getVariables(taskId)).doesNotContainKeys("contactDate", "eligible");
    }

    @Test
    void completingATaskThatIsGoneIs404() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(VALID_INTAKE)).andExpect(status().isNoContent());

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID_INTAKE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        var careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId())).hasSize(1);
    }

    @Test
    void completingATaskClaimedBySomeoneElseIsAConflict() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("colin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID_INTAKE))
                .andExpect(status().isConflict());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
    }

    @Test
    void aVariableTheFormDoesNotHaveIsRefused() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_INTAKE.replace("\"eligible\": true", "\"eligible\": true, \"team\": \"team-south\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("team"));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getTeam()).isEqualTo("team-north");
    }

    @Test
    void aValueForAFieldTheFormHidesIsNotKept() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_INTAKE.replace("\"eligible\": true",
                                "\"eligible\": true, \"closureReason\": \"her neighbour says she drinks\"")))
                .andExpect(status().isNoContent());
        var careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(runtimeService.getVariables(careCase.getProcessInstanceId())).doesNotContainKey("closureReason");
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(careCase.getProcessInstanceId()).variableName("closureReason").count()).isZero();
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId()).get(0).getContent())
                .doesNotContain("neighbour");
    }

    @Test
    void aColleagueOfTheTeamCanTakeOverTheOwnersTaskToCoverButNotAnotherTeam() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");

        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("colin", "demo")))
                .andExpect(status().isNoContent());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("colin");

        // now colin has it: it is his, not the owner's default any more
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Colin Mensah")));
    }

    @Test
    void aColleagueCanAlsoCoverTheOwnersTaskOfAServiceArrangement() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();
        assertThat(cases.task(caseNumber, "Task_SelectProvider").getAssignee()).isEqualTo("cora");

        // the task belongs to the called ServiceArrangement instance; its case is found by the business key
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("colin", "demo")))
                .andExpect(status().isNoContent());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("colin");
    }

    @Test
    void tasksGetDueDatesAndUrgentReferralsAreDueSoonerWithAHigherPriority() throws Exception {
        String routine = cases.open("team-north");
        var intake = cases.task(routine, "Task_Intake");
        var opened = caseRepository.findByCaseNumber(routine).orElseThrow().getOpenedAt();
        // the close of the second business day after the referral (business calendar, SlaDueDatesTests)
        assertThat(intake.getDueDate().toInstant()).isEqualTo(businessCalendar.addBusinessDays(opened, 2));
        assertThat(intake.getPriority()).isEqualTo(50);

        var result = mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"client": {"firstName": "Ida", "lastName": "Urgent", "dateOfBirth": "1940-01-01"},
                                 "primaryConcern": "MENTAL_HEALTH", "urgency": "URGENT"}
                                """))
                .andExpect(status().isCreated()).andReturn();
        String urgent = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.caseNumber");
        var urgentIntake = cases.task(urgent, "Task_Intake");
        var urgentOpened = caseRepository.findByCaseNumber(urgent).orElseThrow().getOpenedAt();
        assertThat(urgentIntake.getDueDate().toInstant()).isEqualTo(businessCalendar.addBusinessDays(urgentOpened, 1));
        assertThat(urgentIntake.getPriority()).isEqualTo(80);
    }
}
