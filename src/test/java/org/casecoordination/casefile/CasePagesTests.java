package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.processes.CaseStage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class CasePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseNoteRepository notes;

    @Test
    void theCasePageShowsClientStageOpenTasksRecordsAndTimeline() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        Document page = page(caseNumber);
        assertThat(page.select("#case-number").text()).isEqualTo(caseNumber);
        assertThat(page.select("#case-stage").text()).isEqualTo("Assessment");
        assertThat(page.select("#case-owner").text()).isEqualTo("Cora Lindqvist");
        assertThat(page.select("#open-tasks a[data-task-key=Task_Assessment]")).hasSize(1);
        assertThat(page.select("#records").text()).contains("Contact client and complete intake")
                .contains("What the client needs, in their words")
                .contains("Needs help with meals and getting to the clinic.");
        assertThat(page.select("#timeline li").eachText())
                .anyMatch(line -> line.contains("Referral received"))
                .anyMatch(line -> line.contains("Cora Lindqvist") && line.contains("Completed"));
    }

    @Test
    void aNoteIsAddedWithItsAuthorAndAnEmptyNoteIsRefused() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/cases/{n}/notes", caseNumber).with(Users.colin()).with(csrf())
                        .param("text", "Called the daughter: she will be at the first visit."))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
        Document page = page(caseNumber);
        assertThat(page.select("#notes").text()).contains("Colin Mensah").contains("she will be at the first visit");

        String html = mvc.perform(post("/cases/{n}/notes", caseNumber).with(Users.colin()).with(csrf())
                        .param("text", "   "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".invalid-feedback").text()).isEqualTo("Write the note first.");
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(notes.findByCareCaseIdOrderByCreatedAtDesc(caseId)).hasSize(1);
    }

    @Test
    void closingFromTheCasePageCancelsOpenWorkAndCreatesTheClosureTask() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        mvc.perform(post("/cases/{n}/close", caseNumber).with(Users.cora()).with(csrf())
                        .param("reason", "MOVED_AWAY").param("explanation", "Moved to her sister in Ohio."))
                .andExpect(redirectedUrl("/cases/" + caseNumber));

        assertThat(cases.tasks(caseNumber, "Task_Assessment")).isEmpty();
        assertThat(cases.task(caseNumber, "Task_CloseCase").getAssignee()).isEqualTo("cora");
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getStage()).isEqualTo(CaseStage.CLOSURE);
        assertThat(careCase.getClosureReason()).isEqualTo("MOVED_AWAY");
        assertThat(notes.findByCareCaseIdOrderByCreatedAtDesc(careCase.getId())).extracting(CaseNote::getText)
                .contains("Moved to her sister in Ohio.");
        Document page = page(caseNumber);
        assertThat(page.select("#close")).as("no second close button at closure").isEmpty();
    }

    @Test
    void closingWithoutAReasonIsRefused() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/cases/{n}/close", caseNumber).with(Users.cora()).with(csrf()).param("reason", ""))
                .andExpect(flash().attribute("closeError", "Choose why the case is being closed."));
        assertThat(cases.task(caseNumber, "Task_Intake")).isNotNull();
    }

    @Test
    void pagePostsNeedTheCsrfToken() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/cases/{n}/notes", caseNumber).with(Users.cora()).param("text", "forged"))
                .andExpect(status().isForbidden());
    }

    @Test
    void whatWasRecordedReadsInTheReadersLanguageWithItsDaysAndAnswers() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        String english = page(caseNumber).select("#records").text();
        assertThat(english).contains("Date of first contact", "Nov 2, 2026", "Phone call", "Lives alone", "Yes")
                .doesNotContain("2026-11-02");

        String spanish = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).header("Accept-Language", "es")
                .with(Users.cora())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select("#records").text();
        assertThat(spanish).contains("Fecha del primer contacto", "2 nov 2026", "Llamada telefónica",
                        "Vive solo(a)", "Lo que el cliente necesita, en sus propias palabras", "Sí")
                .doesNotContain("Date of first contact", "Phone call", "Lives alone", "Yes", "2026-11-02")
                .as("what the coordinator typed stays as typed")
                .contains("Needs help with meals and getting to the clinic.");
    }

    private Document page(String caseNumber) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
