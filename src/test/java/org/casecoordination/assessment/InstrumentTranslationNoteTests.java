package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;
import org.casecoordination.forms.ComponentWords;
import org.casecoordination.forms.FormTranslation;
import org.casecoordination.processes.DeployedForms;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An instrument whose Spanish words are not a validated translation says so on its page, in the reader's language,
 * and shows the English questions to read aloud from. The translation is given here, not taken from forms/, so the
 * test holds whichever instruments have published Spanish versions.
 */
@ApplicationTest
class InstrumentTranslationNoteTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @MockitoSpyBean
    DeployedForms deployedForms;

    private final String firstQuestion = AnswerKeys.PHQ9.questions().get(0).formKey();

    @BeforeEach
    void phq9HasUnvalidatedSpanish() {
        FormTranslation unvalidated = new FormTranslation("instrument-phq9", "es", null, false,
                Map.of(firstQuestion, new ComponentWords("Pregunta sin validar", null, null, null, null)));
        doReturn(Optional.of(unvalidated)).when(deployedForms).translation(any(), eq("instrument-phq9"),
                argThat(locale -> locale.getLanguage().equals("es")));
    }

    @Test
    void theNoteSaysThereIsNoValidatedTranslationAndOffersTheEnglishQuestions() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        Document spanish = page("/tasks/" + taskId + "/instruments/PHQ9", "es");
        assertThat(spanish.select("#instrument-not-validated p").text())
                .startsWith("No hay una traducción validada al español de este instrumento.");
        assertThat(spanish.select("[data-field-key=" + firstQuestion + "]").text()).contains("Pregunta sin validar");
        String english = spanish.select("#show-english").attr("href");
        assertThat(english).isEqualTo("/tasks/" + taskId + "/instruments/PHQ9?english=true");

        Document readAloud = page(english, "es");
        assertThat(readAloud.select("[data-field-key=" + firstQuestion + "]").text())
                .doesNotContain("Pregunta sin validar").isNotBlank();
        assertThat(readAloud.select("#instrument-form").attr("lang")).isEqualTo("en");
        assertThat(readAloud.select("#show-translation").text()).isEqualTo("Ver la versión en español");

        Document inEnglish = page("/tasks/" + taskId + "/instruments/PHQ9", "en");
        assertThat(inEnglish.select("#instrument-not-validated")).isEmpty();
    }

    private Document page(String url, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).header("Accept-Language", language).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
