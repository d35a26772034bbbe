package org.casecoordination.supervision.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A crisis reported by a coordinator working in Spanish: Camunda Tasklist's copy of the report is in the default
 * language (English), like everything else Tasklist shows; the application's crisis task shows its description and
 * the stored report in each reader's language, what happened in the reporter's own words.
 */
@ApplicationTest
class CrisisTaskLanguageTests {

    static final String WHAT_HAPPENED = "La vecina dice que la clienta no ha comido en dos días.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;

    @Test
    void theTasklistCopyIsEnglishAndTheTaskPageSpeaksTheReadersLanguage() throws Exception {
        String caseNumber = cases.open("team-south");
        mvc.perform(post("/cases/{n}/crisis", caseNumber).with(csrf()).with(Users.dana())
                        .header("Accept-Language", "es").param("description", WHAT_HAPPENED)
                        .param("reportedBy", "Vecina").param("callbackNumber", "+49 30 1234567"))
                .andExpect(status().is3xxRedirection());
        String taskId = cases.task(caseNumber, "Task_CrisisResponse").getId();

        assertThat((String) taskService.getVariable(taskId, CrisisLine.TASK_COPY_VARIABLE))
                .startsWith("Reported on ").contains("by Dana Okafor", "Caller: Vecina",
                        "Call back: +49 30 1234567", WHAT_HAPPENED).doesNotContain("Notificada");

        Document spanish = page(get("/tasks/{id}", taskId).header("Accept-Language", "es"));
        assertThat(spanish.select("#task-description").text()).startsWith("Para el coordinador de casos que está"
                + " de guardia esta semana");
        assertThat(spanish.select("#crisis-report-title").text()).isEqualTo("Qué se notificó");
        assertThat(spanish.select("#crisis-report .crisis-description").text()).isEqualTo(WHAT_HAPPENED);
        assertThat(spanish.text()).doesNotContain("Reported on", "For this week's on-call coordinator");

        Document english = page(get("/tasks/{id}", taskId));
        assertThat(english.select("#task-description").text()).startsWith("For this week's on-call coordinator");
        assertThat(english.select("#crisis-report-title").text()).isEqualTo("What was reported");
        assertThat(english.select("#crisis-report .crisis-description").text()).isEqualTo(WHAT_HAPPENED);

        cases.complete("dana", caseNumber, "Task_CrisisResponse",
                Map.of("crisisAction", "RESOLVED_BY_PHONE", "crisisNotes", "Called back."));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.dana())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
