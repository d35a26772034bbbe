package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An instrument whose Spanish words are not a validated translation (CAGE-AID: the project's own, see
 * docs/instruments-in-spanish.md) says so on its page, in the reader's language, and shows the English questions to
 * read aloud from; a validated one (PHQ-9) carries no such note.
 */
@ApplicationTest
class InstrumentTranslationNoteTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    private static final String FIRST_QUESTION = "cageCutDown";

    @Test
    void theNoteSaysThereIsNoValidatedTranslationAndOffersTheEnglishQuestions() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        Document spanish = page("/tasks/" + taskId + "/instruments/CAGEAID", "es");
        assertThat(spanish.select("#instrument-not-validated p").text())
                .startsWith("No hay una traducción validada al español de este instrumento.");
        assertThat(spanish.select("[data-field-key=" + FIRST_QUESTION + "]").text())
                .contains("¿Alguna vez ha sentido que debería reducir su consumo de alcohol o de drogas?");
        String english = spanish.select("#show-english").attr("href");
        assertThat(english).isEqualTo("/tasks/" + taskId + "/instruments/CAGEAID?english=true");

        Document readAloud = page(english, "es");
        assertThat(readAloud.select("[data-field-key=" + FIRST_QUESTION + "]").text())
                .doesNotContain("¿Alguna vez").isNotBlank();
        assertThat(readAloud.select("#instrument-form").attr("lang")).isEqualTo("en");
        assertThat(readAloud.select("#show-translation").text()).isEqualTo("Ver la versión en español");

        assertThat(page("/tasks/" + taskId + "/instruments/CAGEAID", "en").select("#instrument-not-validated"))
                .as("English is the form's own").isEmpty();
        assertThat(page("/tasks/" + taskId + "/instruments/PHQ9", "es").select("#instrument-not-validated"))
                .as("PHQ-9 has its published Spanish version").isEmpty();
    }

    private Document page(String url, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).header("Accept-Language", language).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
