package org.casecoordination.supervision.approval;

import org.springframework.security.access.AccessDeniedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.casecoordination.tasklist.TaskActions;
import org.casecoordination.tasklist.TaskValidationException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Closing a case the client never answered: sam (supervisor) rejects with a comment, cora redoes it, sam approves. */
@ApplicationTest
class ClosureApprovalApplicationTests {

    @Autowired
    Cases cases;
    @Autowired
    TaskActions taskActions;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Test
    void aClosureNeedingApprovalIsRejectedWithACommentThenApproved() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.complete("cora", caseNumber, "Task_Intake", FormAnswers.intakeNotEligible("UNABLE_TO_CONTACT"));
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("UNABLE_TO_CONTACT"));
        Task approval = cases.task(caseNumber, "Task_ApproveClosure");
        assertThat(stage(caseNumber)).isEqualTo(CaseStage.CLOSURE);

        assertThatThrownBy(() -> cases.complete("cora", caseNumber, "Task_ApproveClosure",
                Map.of("closureDecision", "APPROVE")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only a supervisor");
        assertThatThrownBy(() -> asSam(approval, Map.of("closureDecision", "REJECT")))
                .isInstanceOf(TaskValidationException.class).hasMessageContaining("rejectionComment");

        asSam(approval, Map.of("closureDecision", "REJECT",
                "rejectionComment", "Try the daughter's number from the referral first."));

        Task returned = cases.task(caseNumber, "Task_CloseCase");
        assertThat(returned.getAssignee()).isEqualTo("cora");
        assertThat(returned.getDescription()).isEqualTo(
                "Closure returned by sam: Try the daughter's number from the referral first.");
        String page = mvc.perform(get("/tasks/{id}", returned.getId()).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#task-description").text())
                .isEqualTo("Closure returned by Sam Reyes: Try the daughter's number from the referral first.");
        String spanish = mvc.perform(get("/tasks/{id}", returned.getId()).header("Accept-Language", "es")
                        .with(Users.cora())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(spanish).select("#task-description").text()).as("the comment stays as written")
                .isEqualTo("Cierre devuelto por Sam Reyes: Try the daughter's number from the referral first.");
        // a closure returned before the supervisor's login was kept: its description as the engine has it
        taskService.removeVariableLocal(returned.getId(), ClosureReturnedWords.RETURNED_BY);
        String older = mvc.perform(get("/tasks/{id}", returned.getId()).header("Accept-Language", "es")
                        .with(Users.cora())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(older).select("#task-description").text())
                .isEqualTo("Closure returned by sam: Try the daughter's number from the referral first.");
        assertThat(entries(caseNumber)).anyMatch(e -> e.getKind() == TimelineKind.CLOSURE_REJECTED
                && e.getActor().equals("sam") && e.getSummary().contains("daughter"));

        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("UNABLE_TO_CONTACT"));
        asSam(cases.task(caseNumber, "Task_ApproveClosure"), Map.of("closureDecision", "APPROVE"));

        assertThat(stage(caseNumber)).isEqualTo(CaseStage.CLOSED);
        assertThat(entries(caseNumber)).anyMatch(e -> e.getKind() == TimelineKind.CLOSURE_APPROVED);
    }

    @Test
    void aRoutineClosureClosesWithoutApproval() {
        String caseNumber = cases.open("team-north");
        cases.complete("cora", caseNumber, "Task_Intake", FormAnswers.intakeNotEligible("NOT_ELIGIBLE"));
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("NOT_ELIGIBLE"));
        assertThat(stage(caseNumber)).isEqualTo(CaseStage.CLOSED);
        assertThat(cases.tasks(caseNumber, "Task_ApproveClosure")).isEmpty();
    }

    private void asSam(Task task, Map<String, Object> values) {
        RunAs.user("sam", List.of("supervisors", "team-north", "team-south"), () -> {
            taskActions.complete(task.getId(), values);
            return null;
        });
    }

    private CaseStage stage(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage();
    }

    private List<TimelineEntry> entries(String caseNumber) {
        return timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(
                caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId());
    }
}
