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
 * The names of tasks come from the diagrams, in English; a reader in Spanish sees them from the names file deployed
 * beside each diagram (processes/case-lifecycle.es.json), on every page that names a task. English stays as it was.
 */
@ApplicationTest
class TaskNamesInSpanishTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final String INTAKE_EN = "Contact client and complete intake";
    static final String INTAKE_ES = "Contactar al cliente y completar la admisión";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    ActivityNames activityNames;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void theTaskListNamesTasksInTheReadersLanguage() throws Exception {
        String caseNumber = cases.open("team-north");

        Document spanish = page(spanish(get("/tasks").param("view", "team").param("q", caseNumber)));
        Document english = page(get("/tasks").param("view", "team").param("q", caseNumber));

        assertThat(spanish.select("#task-table .task-link").eachText()).containsExactly(INTAKE_ES);
        assertThat(english.select("#task-table .task-link").eachText()).containsExactly(INTAKE_EN);
    }

    @Test
    void theApiGivesTaskNamesInTheRequestsLanguage() throws Exception {
        String caseNumber = cases.open("team-north");

        String spanish = body(spanish(get("/api/tasks").param("view", "team").param("q", caseNumber)));
        String english = body(get("/api/tasks").param("view", "team").param("q", caseNumber));

        assertThat(spanish).contains("\"name\":\"" + INTAKE_ES + "\"", "\"taskDefinitionKey\":\"Task_Intake\"");
        assertThat(english).contains("\"name\":\"" + INTAKE_EN + "\"");
        assertThat(body(spanish(get("/api/cases/{n}", caseNumber)))).contains("\"name\":\"" + INTAKE_ES + "\"");
        assertThat(body(get("/api/cases/{n}", caseNumber))).contains("\"name\":\"" + INTAKE_EN + "\"");
    }

    @Test
    void theTaskPageHeadsWithTheTaskNameInSpanish() throws Exception {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();

        Document spanish = page(spanish(get("/tasks/{id}", intake)));
        Document english = page(get("/tasks/{id}", intake));

        assertThat(spanish.select("#task-name").text()).isEqualTo(INTAKE_ES);
        assertThat(spanish.title()).startsWith(INTAKE_ES + " · ");
        assertThat(english.select("#task-name").text()).isEqualTo(INTAKE_EN);
    }

    @Test
    void theCasePageNamesOpenAndRecordedTasksInSpanish() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        Document spanish = page(spanish(get("/cases/{n}", caseNumber)));
        Document english = page(get("/cases/{n}", caseNumber));

        assertThat(spanish.select("#open-tasks a").eachText()).containsExactly("Evaluar necesidades");
        assertThat(spanish.select("#records .accordion-button").text()).startsWith(INTAKE_ES + " · ");
        assertThat(spanish.text()).doesNotContain(INTAKE_EN, "Assess needs");
        assertThat(english.select("#open-tasks a").eachText()).containsExactly("Assess needs");
        assertThat(english.select("#records .accordion-button").text()).contains(INTAKE_EN);
    }

    @Test
    void anArrangementsTaskNamesItsServiceInTheReadersLanguage() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntakeWithoutConsent("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        String select = cases.task(caseNumber, "Task_SelectProvider").getId();

        assertThat(page(spanish(get("/tasks/{id}", select))).select("#task-name").text())
                .isEqualTo("Elegir proveedor – Cuidado en el hogar");
        assertThat(page(get("/tasks/{id}", select)).select("#task-name").text())
                .isEqualTo("Select provider – Home care");
    }

    @Test
    void aNameChangedAtRunTimeAndTheProcessNameReadAsTheyAre() {
        String lifecycle = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(CaseLifecycleProcess.PROCESS_KEY).latestVersion().singleResult().getId();

        assertThat(activityNames.name(lifecycle, CaseLifecycleProcess.PROCESS_KEY, "Case lifecycle", SPANISH))
                .isEqualTo("Ciclo de vida del caso");
        assertThat(activityNames.name(lifecycle, "Task_ReviewEscalation", "Overdue: Assess needs", SPANISH))
                .as("the escalation names the late task at run time; the module that named it says it in Spanish")
                .isEqualTo("Atrasada: Evaluar necesidades");
        assertThat(activityNames.name(lifecycle, "Task_CloseCase", "Close case (returned)", SPANISH))
                .as("another name changed at run time is left as it is").isEqualTo("Close case (returned)");
        assertThat(activityNames.name(lifecycle, "Task_Assessment", "Assess needs", Locale.ENGLISH))
                .isEqualTo("Assess needs");
    }

    private static MockHttpServletRequestBuilder spanish(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "es");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(body(request));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Users.cora())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
