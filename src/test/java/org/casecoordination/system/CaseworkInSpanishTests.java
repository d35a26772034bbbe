package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.casecoordination.security.login.AccountLockedException;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A coordinator whose browser asks for Spanish reads the case worker's pages, their messages and the API's errors
 * in Spanish; the same requests without a language stay English.
 */
@ApplicationTest
class CaseworkInSpanishTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final LocalDate BORN = LocalDate.of(1950, 1, 1); // Cases.open(team)

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    @Test
    void theTaskListIsInSpanish() throws Exception {
        cases.open("team-north"); // a task in the team queue

        Document page = page(spanish(get("/tasks").param("view", "team")).with(Users.cora()));

        assertThat(page.title()).isEqualTo("Tareas · Coordinación de casos");
        assertThat(page.select("#tab-mine").text()).startsWith("Mis tareas");
        assertThat(page.select("#tab-team").text()).startsWith("Cola del equipo");
        assertThat(page.select("#task-table thead th").eachText()).contains("Caso", "Cliente", "Tarea", "Vence");
        assertThat(page.select("#filter-sort option").eachText()).contains("Ordenar por fecha de vencimiento");
        assertThat(page.select(".claim-button").eachText()).isNotEmpty().containsOnly("Tomar");
        assertThat(page.select("#task-filter, #task-table").text())
                .doesNotContain("Team queue", "Sort by", "Any stage", "Claim", "Give back", "Created", "Due");
    }

    @Test
    void aFilterValueTheListDoesNotKnowIsExplainedInSpanish() throws Exception {
        Document page = page(spanish(get("/tasks").param("stage", "SOMEDAY")).with(Users.cora()));

        assertThat(page.select("#filter-stage-error").text()).isEqualTo("Elija una etapa de la lista.");
        assertThat(page(get("/tasks").param("stage", "SOMEDAY").with(Users.cora())).select("#filter-stage-error")
                .text()).isEqualTo("Choose a stage from the list.");
    }

    @Test
    void aTaskPageIsInSpanish() throws Exception {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();

        Document page = page(spanish(get("/tasks/{id}", intake)).with(Users.cora()));

        assertThat(page.select("#claim-button").text()).isEqualTo("Tomar");
        assertThat(page.select("#task-unassigned").text()).isEqualTo("En la cola del equipo, nadie la ha tomado");
        assertThat(page.select("#complete-button").text()).isEqualTo("Completar la tarea");
        assertThat(page.select("#task-form a.btn-link").text()).isEqualTo("Volver a las tareas");
        assertThat(page.text()).doesNotContain("Complete task", "Back to tasks", "In the team queue, not claimed");
    }

    @Test
    void aTaskSomeoneElseHoldsIsRefusedInSpanish() throws Exception {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();
        mvc.perform(post("/tasks/{id}/claim", intake).with(Users.cora()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String refusal = (String) mvc.perform(spanish(post("/tasks/{id}/claim", intake)).with(Users.colin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("error");

        assertThat(refusal).startsWith("Cora Lindqvist ya tomó \u201c").endsWith("Pídale a esa persona, o a un supervisor, que se la pase.");
    }

    @Test
    void theCasePageShowsItsPanelsAndDatesInSpanish() throws Exception {
        String caseNumber = cases.open("team-north");

        Document page = page(spanish(get("/cases/{n}", caseNumber)).with(Users.cora()));

        assertThat(page.select("#consents h2").text()).isEqualTo("Consentimientos");
        assertThat(page.select("#record-consent-button").text()).isEqualTo("Registrar el consentimiento");
        assertThat(page.select("label[for=consent-given-on]").text()).isEqualTo("Dado el");
        assertThat(page.text()).contains(spanishDay(BORN)).doesNotContain(englishDay(BORN), "1950-01-01")
                .doesNotContain("Record a consent", "Consents");
    }

    @Test
    void searchWritesTheDateOfBirthTheSpanishWay() throws Exception {
        String caseNumber = cases.open("team-north");

        Document page = page(spanish(get("/search").param("q", caseNumber)).with(Users.cora()));

        assertThat(page.select("#search-results .search-dob").text()).startsWith(spanishDay(BORN) + " (");
        assertThat(page.select("#search-results").text()).doesNotContain(englishDay(BORN));
    }

    @Test
    void theLoginPageAndTheLockAreInSpanish() throws Exception {
        Document page = page(spanish(get("/login")));

        assertThat(page.select("h1").text()).isEqualTo("Iniciar sesión");
        assertThat(page.select("label[for=username]").text()).isEqualTo("Nombre de usuario");
        assertThat(page.select("label[for=password]").text()).isEqualTo("Contraseña");
        assertThat(page.select("main, section").text()).doesNotContain("User name", "Password", "Log in");

        Document locked = page(spanish(get("/login").param("error", ""))
                .sessionAttr(WebAttributes.AUTHENTICATION_EXCEPTION, new AccountLockedException(Duration.ofMinutes(5))));
        assertThat(locked.text()).contains("Demasiados intentos fallidos: esta cuenta está bloqueada 5 minutos más.")
                .doesNotContain("Too many failed logins");
    }

    @Test
    void theApiAnswersErrorsInTheRequestsLanguage() throws Exception {
        mvc.perform(spanish(get("/api/cases/{n}/timeline", "CC-0000-404")).with(Users.cora()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("No existe el caso CC-0000-404."));
        mvc.perform(get("/api/cases/{n}/timeline", "CC-0000-404").with(Users.cora()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no case CC-0000-404."));

        String caseNumber = cases.open("team-north");
        mvc.perform(spanish(post("/api/cases/{n}/notes", caseNumber)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \" \"}").with(Users.cora()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("Escriba primero la nota."));
        mvc.perform(spanish(post("/api/cases/{n}/notes", caseNumber)).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json").with(Users.cora()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("El cuerpo de la solicitud no es JSON válido."));
    }

    private static MockHttpServletRequestBuilder spanish(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "es");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static String spanishDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SPANISH).format(day);
    }

    private static String englishDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(day);
    }
}
