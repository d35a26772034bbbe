package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ApplicationTest
class TaskPagesTests {

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

    @Test
    void theTeamQueueShowsTheTeamsUnclaimedTasksAndNotOtherTeams() throws Exception {
        String north = cases.open("team-north");
        String south = cases.open("team-south");
        // every page of the queue: other tests' urgent tasks (safety responses, due in hours) sort first
        List<String> queued = new ArrayList<>();
        for (int pageNumber = 0; ; pageNumber++) {
            String html = mvc.perform(get("/tasks").param("view", "team").param("page", String.valueOf(pageNumber))
                    .with(Users.colin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            List<String> rows = page.select("#task-table tbody tr td:first-child").eachText();
            assertThat(page.select("#tab-team .badge").text()).isNotEqualTo("0");
            if (rows.isEmpty() || pageNumber > 50) {
                break;
            }
            queued.addAll(rows);
        }
        assertThat(queued).contains(north).doesNotContain(south);
    }

    @Test
    void overdueTasksStandOutAndTheListIsSortedByDueDate() throws Exception {
        String late = cases.open("team-north");
        String later = cases.open("team-north");
        String lateTask = cases.task(late, "Task_Intake").getId();
        String laterTask = cases.task(later, "Task_Intake").getId();
        taskService.setDueDate(lateTask, java.util.Date.from(java.time.Instant.now().minusSeconds(3600)));
        taskService.claim(lateTask, "colin");
        taskService.claim(laterTask, "colin");

        Document page = Jsoup.parse(mvc.perform(get("/tasks").with(Users.colin()))
                .andReturn().getResponse().getContentAsString());
        var rows = page.select("#task-table tbody tr");
        List<String> order = rows.eachAttr("data-task-id");
        assertThat(order).containsSubsequence(lateTask, laterTask);
        assertThat(page.select("tr[data-task-id=" + lateTask + "]").hasClass("overdue")).isTrue();
        assertThat(page.select("tr[data-task-id=" + lateTask + "] .badge").text()).isEqualTo("Overdue");
        assertThat(page.select("tr[data-task-id=" + laterTask + "]").hasClass("overdue")).isFalse();
        assertThat(page.select("tr[data-task-id=" + laterTask + "] td.due").text()).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, .*");
    }

    @Test
    void myTasksShowsWhatIClaimed() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/tasks/{id}/claim", taskId).with(Users.colin()).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId));
        String html = mvc.perform(get("/tasks").with(Users.colin())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("tr[data-task-id=" + taskId + "]")).hasSize(1);
    }

    @Test
    void claimingATaskSomeoneElseHasGivesAClearMessage() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        taskService.claim(taskId, "cora");

        mvc.perform(post("/tasks/{id}/claim", taskId).with(Users.colin()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("error", containsString("already claimed by Cora Lindqvist")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("cora");
    }

    @Test
    void anInvalidSubmissionComesBackAtTheTasksOwnAddressWithTheValuesAndAMessageNextToEachBadField()
            throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        MvcResult refused = mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param("contactDate", "2026-11-02")
                        .param("contactMethod", "PHONE")
                        .param("livingSituation", "ALONE")
                        .param("presentingNeeds", "")
                        .param("caregiverName", "Pedro Marquez")
                        .param("eligible", "true"))
                .andExpect(redirectedUrl("/tasks/" + taskId)) // not /complete: a reload must work
                .andReturn();
        String html = mvc.perform(get("/tasks/{id}", taskId).with(Users.cora())
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing has been saved")))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#presentingNeeds-error").text()).isNotBlank();
        assertThat(page.select("#presentingNeeds").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#caregiverName").val()).isEqualTo("Pedro Marquez");
        assertThat(page.select("#contactMethod option[selected]").val()).isEqualTo("PHONE");
        assertThat(page.select("#contactMethod-error")).isEmpty();

        // reloading the address (no flash any more): the same form with what was typed, from the draft
        Document reloaded = Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(reloaded.select("#caregiverName").val()).isEqualTo("Pedro Marquez");
        assertThat(reloaded.select("#draft-restored")).isNotEmpty();

        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        var careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId())).isEmpty();

        mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param("contactDate", "2026-11-02")
                        .param("contactMethod", "PHONE")
                        .param("livingSituation", "ALONE")
                        .param("presentingNeeds", "Needs a ride to the memory clinic every week.")
                        .param("eligible", "true"))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage())
                .isEqualTo(CaseStage.ASSESSMENT);
    }

    @Test
    void afterCompletingATaskThePageOffersTheNextTaskOfTheSameCase() throws Exception {
        String caseNumber = cases.open("team-north", "Finch", "Ruth");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        MvcResult completed = mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param("contactDate", "2026-11-02")
                        .param("contactMethod", "PHONE")
                        .param("livingSituation", "ALONE")
                        .param("presentingNeeds", "Needs a ride to the memory clinic every week.")
                        .param("eligible", "true"))
                .andExpect(redirectedUrl("/cases/" + caseNumber)).andReturn();
        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())
                        .flashAttrs(completed.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        String assessment = cases.task(caseNumber, "Task_Assessment").getId();
        assertThat(page.select("#next-task").text()).startsWith("Next for Ruth Finch: Assess needs due ");
        assertThat(page.select("#next-task-link").attr("href")).isEqualTo("/tasks/" + assessment);
    }

    @Test
    void theTaskPageShowsTheCaseBesideTheForm() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        Document page = Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#case-stage").text()).isEqualTo("Intake");
        assertThat(page.select("#client-name").text()).startsWith("Test Client");
        assertThat(page.select("#task-form #presentingNeeds")).hasSize(1);
        assertThat(page.select("#claim-button")).hasSize(1);
    }

    @Test
    void aTaskThatIsGoneSendsTheUserBackToTheListWithAMessage() throws Exception {
        mvc.perform(get("/tasks/{id}", "no-such-task").with(Users.cora()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("error", containsString("no longer exists")));
    }

    @Test
    void anUnknownCaseIsA404Page() throws Exception {
        mvc.perform(get("/cases/CC-1999-000404").with(Users.cora()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no case CC-1999-000404.")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/tasks")).andExpect(redirectedUrlPattern("**/login"));
    }
}
