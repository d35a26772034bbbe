package org.casecoordination.supervision.reopen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.processes.engine.LifecycleInvariant;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** A supervisor reopens a closed case: back to assessment under its owner, on the timeline; and who may not. */
@ApplicationTest
class ReopenCaseTests {

    static final String REASON = "{\"reason\": \"Client's daughter reports the home care stopped.\"}";

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
    LifecycleInvariant invariant;

    static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    static UserRequestPostProcessor southSupervisor() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-south");
    }

    /** Closed at intake (not eligible) by cora, who thereby owns it. */
    String closedCase() {
        String caseNumber = cases.open("team-north");
        cases.complete("cora", caseNumber, "Task_Intake", FormAnswers.intakeNotEligible("NOT_ELIGIBLE"));
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("NOT_ELIGIBLE"));
        assertThat(record(caseNumber).isClosed()).isTrue();
        return caseNumber;
    }

    @Test
    void aReopenedCaseIsBackAtAssessmentForItsOwnerWithTheReasonOnTheTimeline() throws Exception {
        String caseNumber = closedCase();
        String closedInstance = record(caseNumber).getProcessInstanceId();

        mvc.perform(post("/api/cases/{n}/reopen", caseNumber).with(sam())
                        .contentType(MediaType.APPLICATION_JSON).content(REASON))
                .andExpect(status().isNoContent());

        CareCase reopened = record(caseNumber);
        assertThat(reopened.getStage()).isEqualTo(CaseStage.ASSESSMENT);
        assertThat(reopened.getClosedAt()).isNull();
        assertThat(reopened.getClosureReason()).isNull();
        assertThat(reopened.getProcessInstanceId()).isNotEqualTo(closedInstance);
        Task assessment = cases.task(caseNumber, "Task_Assessment");
        assertThat(assessment.getAssignee()).isEqualTo("cora");
        assertThat(assessment.getProcessInstanceId()).isEqualTo(reopened.getProcessInstanceId());
        assertThat(assessment.getDueDate()).isNotNull();
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(reopened.getId()))
                .anyMatch(e -> e.getKind() == TimelineKind.CASE_REOPENED && "sam".equals(e.getActor())
                        && e.getSummary().contains("home care stopped"));
        assertThat(invariant.check().casesWithSeveralInstances().examples()).doesNotContain(caseNumber);
        assertThat(invariant.check().openCasesWithoutInstance().examples()).doesNotContain(caseNumber);

        // the case page now shows the coordinator her task again
        mvc.perform(get("/tasks").param("q", caseNumber).with(Users.cora())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(caseNumber)));
    }

    @Test
    void theCasePageOffersReopeningToSupervisorsAndShowsAMissingReasonNextToTheField() throws Exception {
        String caseNumber = closedCase();
        mvc.perform(get("/cases/{n}", caseNumber).with(sam()))
                .andExpect(content().string(Matchers.containsString("id=\"reopen-case\"")));
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"reopen-case\""))));

        mvc.perform(post("/cases/{n}/reopen", caseNumber).with(sam()).with(csrf()).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"reason-error\"")))
                .andExpect(content().string(Matchers.containsString("Give the reason")));
        assertThat(record(caseNumber).isClosed()).isTrue();

        mvc.perform(post("/cases/{n}/reopen", caseNumber).with(sam()).param("reason", "Back again"))
                .andExpect(status().isForbidden());
        assertThat(record(caseNumber).isClosed()).isTrue();

        mvc.perform(post("/cases/{n}/reopen", caseNumber).with(sam()).with(csrf()).param("reason", "Back again"))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
        assertThat(record(caseNumber).getStage()).isEqualTo(CaseStage.ASSESSMENT);
    }

    @Test
    void anOpenCaseIs409() throws Exception {
        String open = cases.open("team-north");
        mvc.perform(post("/api/cases/{n}/reopen", open).with(sam())
                        .contentType(MediaType.APPLICATION_JSON).content(REASON))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("not closed")));
        assertThat(cases.tasks(open, "Task_Assessment")).isEmpty();
    }

    @Test
    void aMissingReasonIs400() throws Exception {
        String caseNumber = closedCase();
        mvc.perform(post("/api/cases/{n}/reopen", caseNumber).with(sam())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(record(caseNumber).isClosed()).isTrue();
    }

    @Test
    void aCoordinatorOrASupervisorOfAnotherTeamIs403() throws Exception {
        String caseNumber = closedCase();
        mvc.perform(post("/api/cases/{n}/reopen", caseNumber).with(Users.cora())
                        .contentType(MediaType.APPLICATION_JSON).content(REASON))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{n}/reopen", caseNumber).with(southSupervisor())
                        .contentType(MediaType.APPLICATION_JSON).content(REASON))
                .andExpect(status().isForbidden());
        assertThat(record(caseNumber).isClosed()).isTrue();
    }

    @Test
    void anUnknownCaseIs404() throws Exception {
        mvc.perform(post("/api/cases/{n}/reopen", "CC-1999-99999").with(sam())
                        .contentType(MediaType.APPLICATION_JSON).content(REASON))
                .andExpect(status().isNotFound());
    }

    private CareCase record(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow();
    }
}
