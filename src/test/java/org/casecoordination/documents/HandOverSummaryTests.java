package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The hand-over summary as the colleague taking over reads it: in the language of whoever makes it (not the
 * client's), with the open tasks and which are overdue, the risks, the last note, the services and whom to call;
 * substance-use information only as a pointer to the record. Offered where a supervisor hands work over.
 */
@ApplicationTest
class HandOverSummaryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentTestCases documentCases;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void madeInEnglishForAnEnglishSpeakingColleagueThoughTheClientPrefersSpanish() throws Exception {
        String caseNumber = documentCases.open("Rosa", "Traspaso", "es"); // at intake: its task is open
        note(caseNumber, "Daughter will be at the visit on Friday.");
        Task open = openTask(caseNumber);
        taskService.setDueDate(open.getId(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));

        JsonNode made = generate(caseNumber, null);
        assertThat(made.get("language").asText()).isEqualTo("en");
        assertThat(made.get("title").asText()).isEqualTo("hand-over summary");
        byte[] pdf = download(caseNumber, made.get("id").asLong());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Hand-over summary: Rosa Traspaso, case " + caseNumber);
            String text = words(new PDFTextStripper().getText(document));
            assertThat(text).contains("Hand-over summary", "Rosa Traspaso", "Open tasks", open.getName(),
                    "OVERDUE:", "Some tasks are overdue", "Risks", "Latest note",
                    "Daughter will be at the visit on Friday.", "No service is arranged.", "Who to call",
                    "Client: Rosa Traspaso, 555-0142", "(555) 010-0100", "The client's preferred language: Spanish");
            assertThat(text).doesNotContain("HOME_CARE", "{{", "Resumen de traspaso");
        }
    }

    @Test
    void aSpanishSpeakingColleagueGetsItInSpanishWithTheRisksInWords() throws Exception {
        String caseNumber = documentCases.withPlan("Ana", "Riesgo", "en");
        // item 9 answered: a safety concern the case carries until its response is recorded
        cases.as("cora", () -> record(caseNumber, "PHQ9", "[1,1,1,1,1,1,1,1,1]"));

        JsonNode made = generate(caseNumber, "es");
        assertThat(made.get("language").asText()).isEqualTo("es");
        String text = text(download(caseNumber, made.get("id").asLong()));

        assertThat(text).contains("Resumen de traspaso", "Ana Riesgo", "Tareas abiertas", "Riesgos",
                "Preocupación de seguridad desde el", "PHQ-9 (depresión)", "Cuidado en el hogar", "A quién llamar",
                "Cliente: Ana Riesgo");
        assertThat(text).doesNotContain("Hand-over summary", "PHQ9", "SAFETY");
    }

    @Test
    void substanceUseInformationIsOnlyPointedTo() throws Exception {
        String caseNumber = documentCases.withPlan("Sam", "Reservado", "en");
        jdbc.update("update client set primary_concern = 'SUBSTANCE_USE' where id = (select client_id from"
                + " care_case where case_number = ?)", caseNumber);
        cases.as("cora", () -> record(caseNumber, "AUDITC", "[4,4,4]"));

        String text = text(download(caseNumber, generate(caseNumber, null).get("id").asLong()));

        assertThat(text).contains("Restricted information (42 CFR Part 2): see the record in the app.");
        assertThat(text).doesNotContain("AUDIT", "alcohol", "Substance", "substance use");
    }

    @Test
    void aSupervisorHandingWorkOverFindsTheLinkAndAnotherTeamIsRefused() throws Exception {
        String caseNumber = documentCases.withPlan("Lee", "Enlace", "en");
        MockHttpServletRequestBuilder work = get("/supervision/caseload/cora").param("team", "team-north");
        String html = mvc.perform(work.with(sam())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        var link = page.select("button.hand-over-summary[form=hand-over-summary-" + caseNumber + "]");
        assertThat(link).isNotEmpty();
        assertThat(link.first().text()).isEqualTo("Hand-over summary");
        var form = page.getElementById("hand-over-summary-" + caseNumber);
        assertThat(form.attr("action")).isEqualTo("/cases/" + caseNumber + "/hand-over-summary");
        assertThat(form.parents()).as("not inside the hand-over form").noneMatch(parent -> parent.is("form"));
        assertThat(page.select("form#hand-over-summary-" + caseNumber)).hasSize(1);

        String opened = mvc.perform(post(form.attr("action")).with(sam()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(opened).startsWith("/cases/" + caseNumber + "/documents/");
        assertThat(text(mvc.perform(get(opened).with(sam())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray())).contains("Hand-over summary", "Lee Enlace");

        mvc.perform(post("/cases/{n}/hand-over-summary", caseNumber).with(Users.dana()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from case_document d join care_case c on c.id = d.case_id"
                + " where c.case_number = ?", Integer.class, caseNumber)).isEqualTo(1);
    }

    private Object record(String caseNumber, String instrument, String answers) {
        try {
            return assessments.record(caseNumber, instrument, json.readTree(answers), null, "cora");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void note(String caseNumber, String text) throws Exception {
        mvc.perform(post("/api/cases/{n}/notes", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                                java.util.Map.of("text", text))))
                .andExpect(status().is2xxSuccessful());
    }

    private Task openTask(String caseNumber) {
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        assertThat(open).isNotEmpty();
        return open.get(0);
    }

    private JsonNode generate(String caseNumber, String language) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/cases/{n}/documents", caseNumber)
                .with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"HAND_OVER_SUMMARY\"}");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    private byte[] download(String caseNumber, long id) throws Exception {
        return mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id)
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return words(new PDFTextStripper().getText(document));
        }
    }

    static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
