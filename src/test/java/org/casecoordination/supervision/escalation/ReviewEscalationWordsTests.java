package org.casecoordination.supervision.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.tasklist.TaskActions;
import org.casecoordination.tasklist.TaskValidationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review of an overdue task says what is late and since when: in English in the engine (Camunda Tasklist), in
 * the reader's language on the application's task page, task list and API.
 */
@ApplicationTest
class ReviewEscalationWordsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskActions taskActions;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aSpanishSupervisorReadsTheReviewOfALateTaskInSpanish() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        Task review = escalate(caseNumber);

        assertThat(review.getName()).as("the engine keeps English for Tasklist").isEqualTo("Overdue: Assess needs");
        assertThat(review.getDescription()).matches("\u201cAssess needs\u201d \\d+ hours late \\(due .+, with Cora Lindqvist\\)");

        Document spanish = page(get("/tasks/{id}", review.getId()).header("Accept-Language", "es"));
        assertThat(spanish.select("#task-name").text()).isEqualTo("Atrasada: Evaluar necesidades");
        assertThat(spanish.select("#task-description").text())
                .matches("\u201cEvaluar necesidades\u201d lleva \\d+ horas de atraso \\(vencía el .+, a cargo de"
                        + " Cora Lindqvist\\)");
        Document english = page(get("/tasks/{id}", review.getId()));
        assertThat(english.select("#task-name").text()).isEqualTo("Overdue: Assess needs");
        assertThat(english.select("#task-description").text()).isEqualTo(review.getDescription());

        String api = mvc.perform(get("/api/tasks").param("view", "approvals").param("q", caseNumber).with(sam())
                        .header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"name\":\"Atrasada: Evaluar necesidades\"");
    }

    @Test
    void aReassignmentToSomeoneOutsideTheTeamIsRefusedInTheReadersLanguage() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        Task review = escalate(caseNumber);
        Map<String, Object> toDana = Map.of("escalationDecision", "REASSIGN", "reassignTo", "dana",
                "escalationReason", "Cora is away.");

        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThatThrownBy(() -> completeAsSam(review, toDana)).isInstanceOf(TaskValidationException.class)
                .hasMessageContaining("No es coordinador(a) de casos de");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThatThrownBy(() -> completeAsSam(review, toDana)).isInstanceOf(TaskValidationException.class)
                .hasMessageContaining("Not a coordinator of Team North.");
    }

    private Task escalate(String caseNumber) {
        Task assessment = cases.task(caseNumber, "Task_Assessment");
        ClockUtil.setCurrentTime(Date.from(assessment.getDueDate().toInstant().plusSeconds(60)));
        runTimer(assessment.getProcessInstanceId(), "BoundaryEvent_AssessmentOverdue");
        Date escalationDue = managementService.createJobQuery().processInstanceId(assessment.getProcessInstanceId())
                .activityId("TimerEvent_EscalationDue").singleResult().getDuedate();
        ClockUtil.setCurrentTime(escalationDue);
        runTimer(assessment.getProcessInstanceId(), "TimerEvent_EscalationDue");
        return cases.task(caseNumber, "Task_ReviewEscalation");
    }

    private void runTimer(String processInstanceId, String activityId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult().getId());
    }

    private void completeAsSam(Task review, Map<String, Object> values) {
        RunAs.user("sam", List.of("supervisors", "team-north", "team-south"), () -> {
            taskActions.complete(review.getId(), values);
            return null;
        });
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(sam())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
