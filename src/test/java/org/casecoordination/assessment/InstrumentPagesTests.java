package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The instruments of the assessment task page: which are offered, a form saved with errors next to the questions
 * or scored and listed, the case page's trends, and the service plan's suggestions.
 */
@ApplicationTest
class InstrumentPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ClientRepository clients;
    @Autowired
    AssessmentResultRepository results;
    @Autowired
    AssessmentService assessmentService;

    String assessmentTask(String caseNumber) {
        cases.completeIntake("cora", caseNumber);
        return cases.task(caseNumber, "Task_Assessment").getId();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.cora())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    static MockHttpServletRequestBuilder phq9(String taskId, String... answers) {
        MockHttpServletRequestBuilder post = post("/tasks/{id}/instruments/PHQ9", taskId).with(csrf());
        List<String> keys = AnswerKeys.PHQ9.questions().stream().map(AnswerKey.Question::formKey).toList();
        for (int i = 0; i < answers.length; i++) {
            post.param(keys.get(i), answers[i]);
        }
        return post;
    }

    @Test
    void theFirstAssessmentOffersPhq9KatzLawtonAndTheAhcScreen() throws Exception {
        String taskId = assessmentTask(cases.open("team-north"));

        Document page = page(get("/tasks/{id}", taskId));

        assertThat(page.select("#offered-instruments li").eachAttr("id"))
                .containsExactly("offer-PHQ9", "offer-KATZADL", "offer-LAWTONIADL", "offer-AHCHRSN");
        assertThat(page.select("#other-instruments a").eachText()).containsExactly("GAD-7", "AUDIT-C", "CAGE-AID");
        assertThat(page.select("#give-PHQ9").attr("href")).isEqualTo("/tasks/" + taskId + "/instruments/PHQ9");
    }

    @Test
    void substanceUseAsPrimaryConcernAddsAuditCAndCageAid() throws Exception {
        String caseNumber = cases.open("team-north");
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        careCase.getClient().setPrimaryConcern(PrimaryConcern.SUBSTANCE_USE);
        clients.save(careCase.getClient());
        String taskId = assessmentTask(caseNumber);

        Document page = page(get("/tasks/{id}", taskId));

        assertThat(page.select("#offered-instruments li").eachAttr("id")).contains("offer-AUDITC", "offer-CAGEAID");
        assertThat(page.select("#offer-AUDITC").text()).contains("primary concern is substance use");
        assertThat(page.select("#other-instruments a").eachText()).containsExactly("GAD-7");
    }

    @Test
    void anIncompleteFormIsShownAgainWithTheAnswersKeptAndNothingStored() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = assessmentTask(caseNumber);

        Document page = page(phq9(taskId, "1", "2", "3"));

        assertThat(page.select("#page-error").text()).contains("Nothing has been saved yet");
        assertThat(page.select("#phq9SelfHarm-error").text()).isEqualTo("Required.");
        assertThat(page.select("#phq9Interest-error")).isEmpty();
        assertThat(page.select("input[name=phq9Sleep][checked]").val()).isEqualTo("3");
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(results.findByCareCaseIdOrderByAdministeredAtDescIdDesc(caseId)).isEmpty();
    }

    @Test
    void aSavedPhq9IsScoredAndListedWithItsBandAndSafetyFlagOnTheTaskAndCasePages() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = assessmentTask(caseNumber);

        Document form = page(get("/tasks/{id}/instruments/PHQ9", taskId));
        assertThat(form.select("#instrument-title").text()).isEqualTo("Depression (PHQ-9)");
        assertThat(page(get("/tasks/{id}/instruments/GAD7", taskId).header("Accept-Language", "es"))
                .select("#instrument-title").text()).as("the heading in the reader's language")
                .isEqualTo("Ansiedad (GAD-7)");
        assertThat(form.select("#instrument-form input[name=_csrf]")).isNotEmpty();
        assertThat(form.select("#field-phq9SelfHarm input[type=radio]")).hasSize(4);

        mvc.perform(phq9(taskId, "2", "2", "2", "1", "1", "1", "1", "1", "1").with(Users.cora()))
                .andExpect(redirectedUrl("/tasks/" + taskId + "#instruments"))
                // item 9 above 0: a safety concern, so an alert in red rather than a green "saved" (issue #18)
                .andExpect(flash().attribute("message", (Object) null))
                .andExpect(flash().attribute("alert", org.hamcrest.Matchers.startsWith(
                        "PHQ-9 saved: score 12, Moderate. A safety concern was raised")));

        Document task = page(get("/tasks/{id}", taskId));
        assertThat(task.select("#recorded-instruments tbody tr td.result").text()).isEqualTo("score 12, Moderate");
        assertThat(task.select("#recorded-instruments .safety-flag").text()).contains("SAFETY");
        assertThat(task.select("#offer-PHQ9 .badge").text()).isEqualTo("done");

        Document casePage = page(get("/cases/{n}", caseNumber));
        assertThat(casePage.select("#trend-PHQ9 td.result").text()).isEqualTo("score 12, Moderate");
        assertThat(casePage.select("#trend-PHQ9 h3").text()).isEqualTo("PHQ-9 (depression)");
        assertThat(casePage.select("#trend-PHQ9 canvas").attr("data-chart"))
                .contains("\"label\":\"PHQ-9\"").contains("\"scores\":[12]").contains("\"max\":27");
        assertThat(casePage.select("script[src*=chart.umd.js]")).isNotEmpty();
        assertThat(casePage.select("script:not([src])")).as("no inline script").isEmpty();
    }

    @Test
    void aCaseWithoutResultsSaysSo() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber); // leaves no unclaimed task in the shared team queue

        Document casePage = page(get("/cases/{n}", caseNumber));

        assertThat(casePage.select("#no-assessments").text()).isEqualTo("No instrument has been given yet.");
        assertThat(casePage.select("script[src*=chart.umd.js]")).isEmpty();
    }

    @Test
    void anotherTeamCannotOpenOrSaveAnInstrument() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = assessmentTask(caseNumber);

        mvc.perform(get("/tasks/{id}/instruments/PHQ9", taskId).with(Users.dana())).andExpect(status().isForbidden());
        mvc.perform(phq9(taskId, "0", "0", "0", "0", "0", "0", "0", "0", "0").with(Users.dana()))
                .andExpect(status().isForbidden());
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(results.findByCareCaseIdOrderByAdministeredAtDescIdDesc(caseId)).isEmpty();
    }

    @Test
    void anUnknownInstrumentIs404() throws Exception {
        String taskId = assessmentTask(cases.open("team-north"));

        mvc.perform(get("/tasks/{id}/instruments/MMSE", taskId).with(Users.cora())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no instrument MMSE.")));
        mvc.perform(get("/tasks/{id}/instruments/MMSE", taskId).with(Users.cora()).header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No existe el instrumento MMSE.")));
    }

    @Test
    void theServicePlanSuggestsServicesFromTheLatestResults() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.as("cora", () -> {
            assessmentService.record(caseNumber, "PHQ9", InstrumentScoringTests.json("[2,2,2,2,2,0,0,0,0]"), null,
                    "cora");
            assessmentService.record(caseNumber, "KATZADL", InstrumentScoringTests.json("[1,1,1,1,1,0]"), null,
                    "cora");
            return null;
        });
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        String planTask = cases.task(caseNumber, "Task_PlanServices").getId();

        Document page = page(get("/tasks/{id}", planTask));

        assertThat(page.select("#service-suggestions li").eachAttr("id"))
                .containsExactly("suggest-MENTAL_HEALTH_CLINIC", "suggest-HOME_CARE", "suggest-ADULT_DAY_CARE");
        assertThat(page.select("#suggest-MENTAL_HEALTH_CLINIC").text()).contains("PHQ-9 score 10, Moderate");
        assertThat(page.select("#instruments")).isEmpty();
    }
}
