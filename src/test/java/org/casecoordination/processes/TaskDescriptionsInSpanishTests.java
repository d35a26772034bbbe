package org.casecoordination.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
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
 * A task's description is the diagram's documentation, in English; a reader in Spanish sees the words of the
 * names file's "descriptions" on the task page. A description set at run time is shown as it is.
 */
@ApplicationTest
class TaskDescriptionsInSpanishTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    ActivityNames activityNames;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void theTaskPageDescribesTheTaskInTheReadersLanguage() throws Exception {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();

        assertThat(page(spanish(get("/tasks/{id}", intake))).select("#task-description").text()).isEqualTo(
                "Cualquier miembro del equipo se comunica con el cliente, anota la admisión y decide si cumple los"
                        + " requisitos; quien la complete será el responsable del caso.");
        assertThat(page(get("/tasks/{id}", intake)).select("#task-description").text()).isEqualTo(
                "Any member of the team contacts the client, records the intake and decides eligibility; whoever"
                        + " completes it becomes the case owner.");
    }

    @Test
    void anArrangementsTaskIsDescribedFromItsOwnDiagramsFile() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntakeWithoutConsent("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        String select = cases.task(caseNumber, "Task_SelectProvider").getId();

        assertThat(page(spanish(get("/tasks/{id}", select))).select("#task-description").text())
                .startsWith("El responsable del caso elige un proveedor");
        assertThat(page(get("/tasks/{id}", select)).select("#task-description").text())
                .startsWith("The case owner chooses a provider");
    }

    @Test
    void aDescriptionSetAtRunTimeIsShownAsItIs() {
        String lifecycle = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(CaseLifecycleProcess.PROCESS_KEY).latestVersion().singleResult().getId();

        assertThat(activityNames.description(lifecycle, "Task_CloseCase", "Please add the summary.", SPANISH))
                .as("a supervisor's comment on a returned closure is the person's own words")
                .isEqualTo("Please add the summary.");
        assertThat(activityNames.description(lifecycle, "Task_Assessment",
                "The case owner assesses health, daily living,\n   risks and strengths.", SPANISH))
                .isEqualTo("El responsable del caso evalúa la salud, la vida diaria, los riesgos y las fortalezas"
                        + " del cliente.");
    }

    private static MockHttpServletRequestBuilder spanish(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "es");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.cora())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
