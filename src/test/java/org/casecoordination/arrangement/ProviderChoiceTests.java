package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Choosing a provider by clicking (issue 18, item 5 and defect 8): the task names its service, the providers to
 * choose from are a task variable the form's select lists (in Tasklist too), a card's "Choose" completes the task,
 * and a missing consent is recorded on the task itself.
 */
@ApplicationTest
class ProviderChoiceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    org.camunda.bpm.engine.FormService formService;

    @Test
    void twoServicesGiveTwoSelectProviderTasksNamedAfterTheirService() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE", "TRANSPORTATION");

        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).extracting(Task::getName)
                .containsExactlyInAnyOrder("Select provider \u2013 Home care", "Select provider \u2013 Transportation");
        Document casePage = page("/cases/" + caseNumber);
        assertThat(casePage.text()).contains("Select provider \u2013 Home care", "Select provider \u2013 Transportation");
        Document taskList = page("/tasks?view=mine");
        assertThat(taskList.text()).contains("Select provider \u2013 Home care", "Select provider \u2013 Transportation");
    }

    @Test
    void theProvidersToChooseFromAreATaskVariableForTheFormsSelectAndNotKeptInHistory() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        Task select = cases.task(caseNumber, "Task_SelectProvider");

        Object options = taskService.getVariableLocal(select.getId(), "providerOptions");
        assertThat(options).isInstanceOf(SpinJsonNode.class);
        List<SpinJsonNode> elements = ((SpinJsonNode) options).elements();
        assertThat(elements).extracting(o -> o.prop("value").stringValue())
                .contains(String.valueOf(arranged.providerId("Northside Home Care")),
                        String.valueOf(arranged.providerId("Evergreen Home Helpers")))
                .doesNotContain(String.valueOf(arranged.providerId("CareRide Transport")));
        assertThat(elements).extracting(o -> o.prop("label").stringValue())
                .contains("Northside Home Care \u2013 4 open places", "Evergreen Home Helpers \u2013 full");
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("providerOptions").count())
                .as("kept out of the engine's history").isZero();

        // the app's form lists the same choice in its select, and the form no longer points "above the form"
        Document page = page("/tasks/" + select.getId());
        assertThat(page.select("select#providerId option").eachText())
                .contains("Northside Home Care \u2013 4 open places", "Evergreen Home Helpers \u2013 full");
        assertThat(page.select("#task-form").text()).doesNotContain("listed above the form");
    }

    @Test
    void choosingACardCompletesTheTaskWithThatProvider() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();
        long northside = arranged.providerId("Northside Home Care");

        Document page = page("/tasks/" + taskId);
        assertThat(page.selectFirst("#service-type").text()).isEqualTo("Home care");
        Element card = page.selectFirst("#matching-providers .provider-card[data-provider-id=" + northside + "]");
        assertThat(card).isNotNull();
        assertThat(card.select(".provider-services").text()).isEqualTo("Home care");
        assertThat(card.select(".provider-places").text()).isEqualTo("4");
        assertThat(card.select(".provider-languages").text()).contains("English", "Spanish");
        assertThat(card.select("a.provider-phone").attr("href")).startsWith("tel:");
        Element choose = card.selectFirst("button.choose-provider");
        assertThat(choose.attr("form")).isEqualTo("task-form");
        assertThat(choose.attr("name")).isEqualTo("providerId");

        // what the browser posts for that button: its name and value, and the form's (empty) select after it
        mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param(choose.attr("name"), choose.attr("value"), "").param("selectionNotes", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).isEmpty();
        assertThat(arranged.only(caseNumber).getProvider().getName()).isEqualTo("Northside Home Care");
    }

    @Test
    void aForgedChoiceIsRefusedInSpanishForACoordinatorReadingSpanish() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();

        var refused = mvc.perform(post("/tasks/{id}/complete", taskId).header("Accept-Language", "es")
                        .with(Users.cora()).with(csrf()).param("providerId", "not-a-provider"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document page = Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .header("Accept-Language", "es").with(Users.cora()).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.select("#providerId-error").text()).isEqualTo("Elija uno de los proveedores de la lista.");
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).hasSize(1);
    }

    @Test
    void aForgedChoiceIsRefusedBesideTheProviderFieldAndTasklistGetsTheSameOptions() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();

        // a refused completion goes back to the task's own address, with the errors for one page view
        var refused = mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param("providerId", "not-a-provider"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document page = Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(Users.cora())
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#providerId-error").text()).isEqualTo("Choose one of the listed providers.");
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).hasSize(1);

        // what Camunda Tasklist loads for the form: the deployed form's select names the variable, which the
        // task's form variables carry as JSON (Tasklist parses Json variables for valuesKey)
        assertThat(formService.getDeployedTaskForm(taskId)).asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("\"valuesKey\": \"providerOptions\"").doesNotContain("listed above the form");
        assertThat(formService.getTaskFormVariables(taskId).getValueTyped("providerOptions").getType().getName())
                .isEqualTo("json");
    }

    @Test
    void aMissingConsentIsRecordedOnTheTaskAndTheCoordinatorComesBackToIt() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();

        Document page = page("/tasks/" + taskId);
        Element offer = page.selectFirst("#consent-needed");
        assertThat(offer).isNotNull();
        assertThat(offer.text()).contains("No consent to share with providers is recorded");
        Element form = offer.selectFirst("form#record-consent-here");
        assertThat(form.attr("action")).isEqualTo("/cases/" + caseNumber + "/consents");

        mvc.perform(post(form.attr("action")).with(Users.cora()).with(csrf())
                        .param("purpose", "SHARE_WITH_PROVIDERS").param("anyProvider", "true")
                        .param("givenOn", LocalDate.now().toString()).param("returnToTask", taskId))
                .andExpect(redirectedUrl("/tasks/" + taskId + "#provider-proposals"));
        assertThat(page("/tasks/" + taskId).select("#consent-needed")).isEmpty();

        arranged.select(caseNumber, "Northside Home Care");
        assertThat(arranged.only(caseNumber).getStatus()).isEqualTo(ProviderReferralStatus.REQUESTED);
    }

    @Test
    void aConsentDateInTheFutureIsRefusedBesideTheFieldOnTheTask() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();
        String tomorrow = LocalDate.now().plusDays(1).toString();

        mvc.perform(post("/cases/{n}/consents", caseNumber).with(Users.cora()).with(csrf())
                        .param("purpose", "SHARE_WITH_PROVIDERS").param("anyProvider", "true")
                        .param("givenOn", tomorrow).param("returnToTask", taskId))
                .andExpect(redirectedUrl("/tasks/" + taskId + "#provider-proposals"));
        // the flash attributes reach the task page: shown beside the date, the date kept
        Document page = Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).with(Users.cora())
                        .flashAttr("consentErrors", Map.of("givenOn", "The consent cannot be given in the future."))
                        .flashAttr("consentInput", consentInput(tomorrow)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#consent-here-given-on-error").text()).contains("cannot be given in the future");
        assertThat(page.select("#consent-here-given-on").val()).isEqualTo(tomorrow);
        assertThat(cases.as("cora", () -> arranged.all(caseNumber))).isEmpty();
    }

    private static org.casecoordination.consent.ConsentRequest consentInput(String givenOn) {
        org.casecoordination.consent.ConsentRequest request = new org.casecoordination.consent.ConsentRequest();
        request.setGivenOn(LocalDate.parse(givenOn));
        return request;
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(Users.cora())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
