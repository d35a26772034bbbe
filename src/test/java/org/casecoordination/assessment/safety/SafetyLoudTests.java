package org.casecoordination.assessment.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A safety concern is loud everywhere (issue #18, defect 4): the PHQ-9 save answers with an alert in plain words,
 * every task of the case carries a red banner, the rows are red with a badge and come first in every sort, and
 * the case owner and the team's supervisors get an urgent notice, first and red on their notices page. Cases are
 * team-south's: dana coordinates, sam supervises.
 */
@ApplicationTest
class SafetyLoudTests {

    static final List<String> PHQ9_KEYS = List.of("phq9Interest", "phq9Mood", "phq9Sleep", "phq9Energy",
            "phq9Appetite", "phq9SelfWorth", "phq9Concentration", "phq9Movement", "phq9SelfHarm");
    static final RequestPostProcessor SAM = user("sam").authorities(() -> "GROUP_supervisors",
            () -> "GROUP_team-north", () -> "GROUP_team-south");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    Notices notices;

    @Test
    void aPhq9WithItemNineAboveZeroAnswersWithAnAlertSayingWhatHappensNextAndThePlainBand() throws Exception {
        String caseNumber = caseAtAssessment();
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();

        MvcResult saved = mvc.perform(phq9(assessment, "1", "1", "1", "1", "0", "0", "0", "0", "1").with(Users.dana()))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(saved.getFlashMap().get("message")).as("no green \u201csaved\u201d").isNull();
        String alert = (String) saved.getFlashMap().get("alert");
        assertThat(alert).startsWith("PHQ-9 saved: score 5, Mild.").doesNotContain("MILD")
                .contains("safety concern was raised by PHQ-9")
                .contains("\u201cRespond to safety concern\u201d is due by").contains("within 4 hours")
                .contains("Team South").contains("Dana Okafor").contains("Sam Reyes");
        Document page = Jsoup.parse(mvc.perform(get("/tasks/{id}", assessment).with(Users.dana())
                .flashAttrs(saved.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#page-alert.alert-danger[role=alert]").text()).isEqualTo(alert);
        assertThat(page.select(".alert-success")).isEmpty();
        cases.complete("dana", caseNumber, "Task_SafetyResponse", SafetyApplicationTests.response());
    }

    @Test
    void everyTaskOfTheCaseShowsTheRedBannerAndTheResponseTaskWhatRaisedIt() throws Exception {
        String caseNumber = caseAtAssessment();
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();
        Document before = page(get("/tasks/{id}", assessment).with(Users.dana()));
        assertThat(before.select("#urgent-banner")).isEmpty();

        raiseSafetyConcern(assessment);

        Element banner = page(get("/tasks/{id}", assessment).with(Users.dana())).selectFirst("#urgent-banner");
        assertThat(banner).isNotNull();
        assertThat(banner.attr("role")).isEqualTo("alert");
        assertThat(banner.hasClass("alert-danger")).isTrue();
        assertThat(banner.text()).contains("Safety concern").contains("PHQ-9 (depression)")
                .contains("scored by Dana Okafor").contains("\u201cRespond to safety concern\u201d is due by");
        Task response = cases.task(caseNumber, "Task_SafetyResponse");
        Document responsePage = page(get("/tasks/{id}", response.getId()).with(Users.dana()));
        assertThat(responsePage.select("#urgent-banner[role=alert]")).hasSize(1);
        assertThat(responsePage.select("#safety-concern .safety-raised-by").text()).isEqualTo("PHQ-9 (depression)");
        assertThat(responsePage.select("#safety-concern .safety-scored-by").text()).startsWith("Dana Okafor, ");

        cases.complete("dana", caseNumber, "Task_SafetyResponse", SafetyApplicationTests.response());
        assertThat(page(get("/tasks/{id}", assessment).with(Users.dana())).select("#urgent-banner")).isEmpty();
    }

    @Test
    void theCasesRowsAreRedWithABadgeAndComeFirstWhateverTheSort() throws Exception {
        String caseNumber = caseAtAssessment();
        raiseSafetyConcern(cases.task(caseNumber, "Task_Assessment").getId());
        String response = cases.task(caseNumber, "Task_SafetyResponse").getId();
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();

        for (String sort : List.of("DUE", "PRIORITY", "ACUITY")) {
            Document team = page(get("/tasks").param("view", "team").param("sort", sort).with(Users.dana()));
            Element row = team.selectFirst("#task-table tr[data-task-id=" + response + "]");
            assertThat(row).as("the response task in the team queue sorted by %s", sort).isNotNull();
            assertThat(row.hasClass("table-danger")).isTrue();
            assertThat(row.select(".alert-badge").text()).isEqualTo("Safety");
            assertUrgentRowsFirst(team);

            Document mine = page(get("/tasks").param("view", "mine").param("sort", sort).with(Users.dana()));
            Element own = mine.selectFirst("#task-table tr[data-task-id=" + assessment + "]");
            assertThat(own).as("the case's other task, in dana's tasks sorted by %s", sort).isNotNull();
            assertThat(own.hasClass("table-danger")).isTrue();
            assertThat(own.select(".alert-badge").text()).isEqualTo("Safety");
            assertUrgentRowsFirst(mine);
        }

        cases.complete("dana", caseNumber, "Task_SafetyResponse", SafetyApplicationTests.response());
        Element after = page(get("/tasks").param("view", "mine").with(Users.dana()))
                .selectFirst("#task-table tr[data-task-id=" + assessment + "]");
        assertThat(after.hasClass("table-danger")).as("the flag is cleared, the row is routine again").isFalse();
        assertThat(after.select(".alert-badge")).isEmpty();
    }

    @Test
    void aSupervisorSeesTheCoordinatorsTasksOfTheFlaggedCaseFirstAndRed() throws Exception {
        String caseNumber = caseAtAssessment();
        raiseSafetyConcern(cases.task(caseNumber, "Task_Assessment").getId());
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();

        Document work = page(get("/supervision/caseload/dana").param("team", "team-south").with(SAM));

        Element row = work.selectFirst("#held-tasks tr:has(input[value=" + assessment + "])");
        assertThat(row).isNotNull();
        assertThat(row.hasClass("table-danger")).isTrue();
        assertThat(row.select(".alert-badge").text()).isEqualTo("Safety");
        List<Boolean> flagged = work.select("#held-tasks tbody tr").stream().map(tr -> tr.hasAttr("data-alert"))
                .toList();
        assertThat(flagged.indexOf(false) == -1 || flagged.lastIndexOf(true) < flagged.indexOf(false))
                .as("flagged first: %s", flagged).isTrue();
        cases.complete("dana", caseNumber, "Task_SafetyResponse", SafetyApplicationTests.response());
    }

    @Test
    void theOwnerAndTheTeamsSupervisorsGetAnUrgentNoticeShownFirstAndRed() throws Exception {
        String caseNumber = caseAtAssessment();
        raiseSafetyConcern(cases.task(caseNumber, "Task_Assessment").getId());
        String response = cases.task(caseNumber, "Task_SafetyResponse").getId();

        for (String person : List.of("dana", "sam")) {
            assertThat(notices.of(person)).as(person).filteredOn(n -> caseNumber.equals(n.getCaseNumber()))
                    .singleElement().satisfies(notice -> {
                        assertThat(notice.isUrgent()).isTrue();
                        assertThat(notice.getTaskId()).isEqualTo(response);
                        assertThat(notice.getMessage()).contains("Safety concern on case " + caseNumber)
                                .contains("\u201cRespond to safety concern\u201d is due by");
                    });
        }
        assertThat(notices.of("cora")).as("another team's coordinator")
                .noneMatch(n -> caseNumber.equals(n.getCaseNumber()));

        Document page = page(get("/notices").with(SAM));
        Element first = page.selectFirst("#notices tbody tr");
        assertThat(first.hasClass("table-danger")).isTrue();
        assertThat(first.text()).contains("Urgent");
        assertThat(page.select("#notices tbody tr.urgent-notice td a").eachText()).contains(caseNumber);
        cases.complete("dana", caseNumber, "Task_SafetyResponse", SafetyApplicationTests.response());
    }

    /** Every red row comes before every routine row of the page. */
    private static void assertUrgentRowsFirst(Document list) {
        List<Boolean> red = list.select("#task-table tbody tr").stream().map(tr -> tr.hasClass("table-danger"))
                .toList();
        assertThat(red.indexOf(false) == -1 || red.lastIndexOf(true) < red.indexOf(false))
                .as("red rows first: %s", red).isTrue();
    }

    private void raiseSafetyConcern(String assessmentTask) throws Exception {
        mvc.perform(phq9(assessmentTask, "0", "0", "0", "0", "0", "0", "0", "0", "2").with(Users.dana()))
                .andExpect(status().is3xxRedirection());
    }

    private String caseAtAssessment() {
        String caseNumber = cases.open("team-south");
        cases.completeIntake("dana", caseNumber);
        return caseNumber;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    static MockHttpServletRequestBuilder phq9(String taskId, String... answers) {
        MockHttpServletRequestBuilder post = post("/tasks/{id}/instruments/PHQ9", taskId).with(csrf());
        for (int i = 0; i < answers.length; i++) {
            post.param(PHQ9_KEYS.get(i), answers[i]);
        }
        return post;
    }
}
