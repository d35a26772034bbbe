package org.casecoordination.supervision.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlagRepository;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A crisis reported from the case page (issue #18, defect 5), on team-south cases (dana coordinates, sam
 * supervises) as red rows sort first in a queue other tests page through: the reporter reads who got it and by when, the
 * on-call coordinator (or, with nobody on call, the team's supervisors) gets an urgent notice, and the crisis task
 * shows what was reported, by whom, when and the number to call back, in the app and in Camunda Tasklist's form.
 */
@ApplicationTest
class CrisisReportTests {

    static final RequestPostProcessor SAM = user("sam").authorities(() -> "GROUP_supervisors",
            () -> "GROUP_team-north", () -> "GROUP_team-south");
    static final String DESCRIPTION = "Caller says the client has not eaten for two days and is confused.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    OnCallShiftRepository roster;
    @Autowired
    Notices notices;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CaseFlagRepository flags;
    @Autowired
    CaseRepository caseRepository;

    @AfterEach
    void clearRoster() {
        roster.deleteAll();
    }

    @Test
    void theReporterReadsWhoGotItAndByWhenAndTheOnCallCoordinatorGetsAnUrgentNotice() throws Exception {
        String caseNumber = cases.open("team-south");
        danaOnCall();

        MvcResult reported = mvc.perform(report(caseNumber).with(Users.dana()))
                .andExpect(status().is3xxRedirection()).andReturn();

        String taskId = cases.task(caseNumber, "Task_CrisisResponse").getId();
        assertThat(reported.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + taskId);
        String confirmation = (String) reported.getFlashMap().get("message");
        assertThat(confirmation).contains("Crisis reported on case " + caseNumber)
                .contains("\u201cRespond to crisis\u201d went to Dana Okafor, on call for Team South this week, due by")
                .contains("Dana Okafor has been sent an urgent notice");
        assertThat(notices.of("dana")).filteredOn(n -> caseNumber.equals(n.getCaseNumber())).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.isUrgent()).isTrue();
                    assertThat(notice.getTaskId()).isEqualTo(taskId);
                    assertThat(notice.getMessage()).contains("Crisis reported on case " + caseNumber)
                            .contains("by Dana Okafor").doesNotContain("not eaten");
                });
        Document shown = Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).with(Users.dana())
                .flashAttrs(reported.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(shown.selectFirst(".alert-success[role=status]").text()).isEqualTo(confirmation);
        respond(caseNumber);
    }

    @Test
    void withNobodyOnCallTheConfirmationNamesTheSupervisorsItWentTo() throws Exception {
        String caseNumber = cases.open("team-south");

        MvcResult reported = mvc.perform(report(caseNumber).with(Users.dana()))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat((String) reported.getFlashMap().get("message"))
                .contains("Nobody is on call for Team South this week")
                .contains("waits in the team queue, due by").contains("Sam Reyes has been sent an urgent notice");
        assertThat(notices.of("sam")).anyMatch(n -> caseNumber.equals(n.getCaseNumber()) && n.isUrgent());
        respond(caseNumber);
    }

    @Test
    void theCrisisTaskShowsWhatWasReportedByWhomWhenAndTheCallbackNumber() throws Exception {
        String caseNumber = cases.open("team-south");
        danaOnCall();
        mvc.perform(report(caseNumber).with(Users.dana())).andExpect(status().is3xxRedirection());
        String taskId = cases.task(caseNumber, "Task_CrisisResponse").getId();

        Document page = Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).with(Users.dana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#urgent-banner[role=alert]").text()).contains("Crisis reported")
                .contains("by Dana Okafor");
        assertThat(page.select("#crisis-report .crisis-description").text()).isEqualTo(DESCRIPTION);
        assertThat(page.select("#crisis-report .crisis-reported-by").text()).startsWith("Dana Okafor, ");
        assertThat(page.select("#crisis-report .crisis-caller").text()).isEqualTo("Neighbour");
        assertThat(page.select("#crisis-report a.crisis-callback").attr("href")).isEqualTo("tel:+49301234567");
        assertThat(page.select("#crisis-report a.crisis-callback").text()).isEqualTo("+49 30 1234567");
        String intake = cases.task(caseNumber, "Task_Intake").getId();
        Document otherTask = Jsoup.parse(mvc.perform(get("/tasks/{id}", intake).with(Users.dana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(otherTask.select("#urgent-banner[role=alert]").text()).contains("Crisis reported");
        assertThat(otherTask.select("#crisis-report")).as("the details on the crisis task").isEmpty();

        // Camunda Tasklist's form reads the report from a read-only field; the engine's history never has it
        assertThat((String) taskService.getVariable(taskId, CrisisLine.TASK_COPY_VARIABLE)).contains(DESCRIPTION)
                .contains("Dana Okafor").contains("Neighbour").contains("+49 30 1234567");
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .variableName(CrisisLine.TASK_COPY_VARIABLE).count()).isZero();
        respond(caseNumber);
    }

    @Test
    void theCaseCarriesARedCrisisFlagUntilTheResponseIsRecorded() throws Exception {
        String caseNumber = cases.open("team-south");
        danaOnCall();
        mvc.perform(report(caseNumber).with(Users.dana())).andExpect(status().is3xxRedirection());
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(flags.findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(caseId))
                .extracting(CaseFlag::getKind).containsExactly(CaseFlag.Kind.CRISIS);
        Document casePage = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.dana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(casePage.select(".case-flag[data-flag-kind=CRISIS]").text()).contains("Crisis reported")
                .doesNotContain("Safety concern");
        String intake = cases.task(caseNumber, "Task_Intake").getId();
        Document queue = Jsoup.parse(mvc.perform(get("/tasks").param("view", "team").with(Users.dana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(queue.select("#task-table tr[data-task-id=" + intake + "] .alert-badge").text())
                .isEqualTo("Crisis");

        respond(caseNumber);

        assertThat(flags.findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(caseId)).isEmpty();
        Document after = Jsoup.parse(mvc.perform(get("/tasks").param("view", "team").with(Users.dana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#task-table tr[data-task-id=" + intake + "] .alert-badge")).isEmpty();
    }

    /** Leaves the team-south queue without red rows for the tests that page through it. */
    private void respond(String caseNumber) {
        cases.complete("dana", caseNumber, "Task_CrisisResponse",
                Map.of("crisisAction", "RESOLVED_BY_PHONE", "crisisNotes", "Called back, neighbour is with her."));
    }

    private void danaOnCall() {
        roster.save(new OnCallShift("team-south", OnCallRoster.weekOf(LocalDate.now(ZoneId.of("Europe/Berlin"))),
                "dana", "sam"));
    }

    private static MockHttpServletRequestBuilder report(String caseNumber) {
        return post("/cases/{n}/crisis", caseNumber).with(csrf()).param("description", DESCRIPTION)
                .param("reportedBy", "Neighbour").param("callbackNumber", "+49 30 1234567");
    }
}
