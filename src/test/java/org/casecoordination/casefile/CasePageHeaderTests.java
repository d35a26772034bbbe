package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.client.Client;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The top of the case page, what a coordinator needs with the client on the phone (issue 18, item 2). */
@ApplicationTest
class CasePageHeaderTests {

    @Autowired
    org.casecoordination.system.Dates dates;
    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ClientRepository clients;
    @Autowired
    CaseFlagRepository flags;
    @Autowired
    TaskService taskService;

    @Test
    void theClientComesFirstWithAgePhoneAsATelLinkLanguageAndCaregiver() throws Exception {
        String caseNumber = cases.open("team-north");
        Client client = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getClient();
        client.updateContact("+1 (555) 010-2000", "12 Elm Street", "Portuguese");
        client.showCaregiver("Maria (daughter), 555-0199");
        clients.save(client);

        Document page = page(caseNumber);
        Element header = page.selectFirst("#case-header");
        assertThat(header.select("h1 #client-name").text()).isEqualTo(client.fullName());
        int age = Period.between(LocalDate.of(1950, 1, 1), LocalDate.now()).getYears();
        assertThat(header.select("#client-age").text()).isEqualTo(age + " years old");
        assertThat(header.select("a#client-phone").attr("href")).isEqualTo("tel:+15550102000");
        assertThat(header.select("a#client-phone").text()).isEqualTo("+1 (555) 010-2000");
        assertThat(header.select("#client-language").text()).isEqualTo("Portuguese");
        assertThat(header.select("#client-caregiver").text()).isEqualTo("Maria (daughter), 555-0199");
    }

    @Test
    void theStepperMarksTheCurrentStageAndTheOwnerAndTeamHaveTheirNames() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        Element header = page(caseNumber).selectFirst("#case-header");
        assertThat(header.select("#case-stepper li").eachText())
                .containsExactly("Intake (done)", "Assessment", "Services", "Follow-up", "Closure");
        assertThat(header.select("#case-stepper li[aria-current=step]").text()).isEqualTo("Assessment");
        assertThat(header.select("#case-stepper li[aria-current]")).hasSize(1);
        assertThat(header.select("#case-owner").text()).isEqualTo("Cora Lindqvist");
        assertThat(header.select("#case-team").text()).isEqualTo("Team North");
        assertThat(header.text()).doesNotContain("team-north").doesNotContain("cora ");
    }

    @Test
    void theRedBannerShowsOnlyWhileAFlagIsOpenSayingWhatAndSinceWhen() throws Exception {
        String caseNumber = cases.open("team-north");
        assertThat(page(caseNumber).select("#case-header [role=alert]")).as("no flag, no banner").isEmpty();

        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        CaseFlag flag = flags.save(new CaseFlag(careCase, CaseFlag.Kind.SAFETY, "PHQ9", "cora"));

        Elements banner = page(caseNumber).select("#case-header .alert-danger[role=alert]");
        assertThat(banner).hasSize(1);
        assertThat(banner.text()).contains("Safety concern").contains("PHQ-9 (depression)")
                .contains("since " + java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                        java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                        .withLocale(java.util.Locale.ENGLISH).withZone(dates.zone())
                        .format(flag.getRaisedAt()))
                .doesNotContain("PHQ9");

        flag.resolve("cora");
        flags.save(flag);
        assertThat(page(caseNumber).select("#case-header [role=alert]")).as("dealt with, banner gone").isEmpty();
    }

    @Test
    void theNextThingDueIsTheEarliestOpenTaskAndSaysOverdueWhenLate() throws Exception {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();
        taskService.setDueDate(intake, Date.from(Instant.parse("2030-05-04T10:00:00Z")));
        Element due = page(caseNumber).selectFirst("#next-due");
        assertThat(due.select("a").attr("href")).isEqualTo("/tasks/" + intake);
        assertThat(due.text()).contains("Contact client and complete intake").contains("due May ").contains(", 2030, ")
                .doesNotContain("Overdue");

        taskService.setDueDate(intake, Date.from(Instant.now().minusSeconds(3600)));
        due = page(caseNumber).selectFirst("#next-due");
        assertThat(due.text()).startsWith("Overdue").contains("was due");
    }

    @Test
    void closingAsksFirstInADialogAndWithoutJavaScriptOnAPageOfItsOwn() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        Document page = page(caseNumber);
        Element button = page.selectFirst("#close-case-button");
        assertThat(button.text()).isEqualTo("Close this case now…");
        assertThat(button.attr("href")).isEqualTo("/cases/" + caseNumber + "/close");
        assertThat(button.attr("data-bs-toggle")).isEqualTo("modal");
        Element dialog = page.selectFirst(button.attr("data-bs-target"));
        assertThat(dialog.hasClass("modal")).isTrue();
        assertThat(dialog.select("form[action=/cases/" + caseNumber + "/close] button[type=submit]").text())
                .isEqualTo("Yes, close the case");
        assertThat(page.select("form[action=/cases/" + caseNumber + "/close]"))
                .as("the only close form is inside the question").hasSize(1);

        Document confirm = Jsoup.parse(mvc.perform(get("/cases/{n}/close", caseNumber).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("h1").text()).isEqualTo("Close this case now");
        assertThat(confirm.select(".close-question").text()).contains("Close the case of Test Client")
                .contains("This open task is cancelled:");
        assertThat(confirm.select(".close-cancels li").eachText()).containsExactly("Assess needs");
        assertThat(confirm.select("select[name=reason] option").eachText()).contains("The client moved away")
                .noneMatch(option -> option.equals("MOVED_AWAY"));
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage().name())
                .as("asking closes nothing").isEqualTo("ASSESSMENT");
    }

    @Test
    void aRefusedCloseKeepsTheQuestionOpenWithTheErrorBesideTheReason() throws Exception {
        String caseNumber = cases.open("team-north");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/cases/{n}/close", caseNumber).session(session).with(Users.cora()).with(csrf())
                .param("reason", ""));
        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).session(session).with(Users.cora()))
                .andReturn().getResponse().getContentAsString());
        Element reason = page.selectFirst("#close-inline select[name=reason]");
        assertThat(reason.hasClass("is-invalid")).isTrue();
        assertThat(reason.nextElementSibling().text()).isEqualTo("Choose why the case is being closed.");
    }

    private Document page(String caseNumber) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
