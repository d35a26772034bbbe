package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.FormService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A task's Camunda Form in the reader's language (forms/intake.es.json beside forms/intake.form), while Camunda
 * Tasklist keeps the form file's own English words.
 */
@ApplicationTest
class TaskFormLanguagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    FormService formService;

    @Test
    void aSpanishReaderSeesTheIntakeFormInSpanishAndAnEnglishReaderInEnglish() throws Exception {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();

        Document spanish = page(taskId, "es");
        assertThat(spanish.select("label[for=livingSituation]").text()).startsWith("Situación de vivienda");
        assertThat(spanish.select("#livingSituation option[value=ALONE]").text()).isEqualTo("Vive solo(a)");
        assertThat(spanish.select("#caregiverName-description").text())
                .isEqualTo("Se guarda en el expediente del cliente con el número de teléfono.");
        assertThat(spanish.select("[data-field-key=eligible] label").text())
                .isEqualTo("El cliente reúne los requisitos y acepta la coordinación de casos");
        assertThat(spanish.select("h2").eachText()).contains("Admisión");

        Document english = page(taskId, null);
        assertThat(english.select("label[for=livingSituation]").text()).startsWith("Living situation");
        assertThat(english.select("#livingSituation option[value=ALONE]").text()).isEqualTo("Lives alone");
    }

    @Test
    void aRefusedSubmissionSaysWhatIsMissingInTheReadersLanguage() throws Exception {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        MvcResult refused = mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .header("Accept-Language", "es")
                        .param("contactDate", "2026-11-02").param("contactMethod", "PHONE")
                        .param("livingSituation", "ALONE").param("presentingNeeds", "").param("eligible", "true"))
                .andReturn();
        Document page = Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).with(Users.cora())
                        .header("Accept-Language", "es").flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#presentingNeeds-error").text()).isEqualTo("Obligatorio.");
    }

    @Test
    void tasklistGetsTheFormFileUnchanged() throws Exception {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        try (InputStream deployed = formService.getDeployedTaskForm(taskId)) {
            assertThat(new String(deployed.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("forms/intake.form")))
                    .contains("\"label\": \"Living situation\"").doesNotContain("Situación");
        }
    }

    private Document page(String taskId, String language) throws Exception {
        var request = get("/tasks/{id}", taskId).with(Users.cora());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
