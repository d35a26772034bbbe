package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.closure.CaseClosureService;
import org.casecoordination.closure.EarlyClosureReason;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * /search, the page behind the header's search box: a coordinator finds a client by what a caller gives (part of
 * the name typed without accents, the date of birth as people write it, the phone number, the case number), open
 * and closed cases of her teams only, each with what she needs before she picks up the case.
 */
@ApplicationTest
class SearchPageTests {

    private static final Random RANDOM = new Random();

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    ReferralService referrals;
    @Autowired
    CaseClosureService closure;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseFlagRepository flags;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    /** Letters only, so it is one name word of its own: the test's clients are the only ones with it. */
    final String unique = letters(8);
    final LocalDate born = LocalDate.of(1925 + RANDOM.nextInt(20), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
    final String phoneDigits = "555" + (1_000_000 + RANDOM.nextInt(8_999_999));

    @Test
    void partOfTheNameWithoutAccentsFindsTheClientWithStageOwnerAcuityFlagsAndNextDue() throws Exception {
        String caseNumber = refer("team-north", "Marta", "Muñoz Ávila " + unique);
        cases.completeIntake("cora", caseNumber);
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        flags.save(new CaseFlag(careCase, CaseFlag.Kind.SAFETY, "PHQ9", "cora"));

        for (String typed : List.of("munoz " + unique, "MUÑOZ " + unique, unique.toLowerCase() + " avila",
                "mar mun " + unique.substring(0, 5))) {
            assertThat(caseNumbers(search(Users.colin(), typed))).as(typed).containsExactly(caseNumber);
        }

        Element hit = search(Users.colin(), "munoz " + unique).selectFirst("#search-results li");
        assertThat(hit.selectFirst("a").text()).isEqualTo("Marta Muñoz Ávila " + unique);
        assertThat(hit.selectFirst("a").attr("href")).isEqualTo("/cases/" + caseNumber);
        assertThat(hit.select(".search-case-number").text()).isEqualTo(caseNumber);
        assertThat(hit.select(".search-dob").text()).startsWith(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH).format(born) + " (age ");
        assertThat(hit.select(".search-stage").text()).isEqualTo("Assessment");
        assertThat(hit.select(".search-owner").text()).as("the owner by full name").isEqualTo("Cora Lindqvist");
        assertThat(hit.select(".search-acuity").text()).isEqualTo("Not assessed yet");
        assertThat(hit.select(".search-flag").text()).isEqualTo("Safety concern");
        assertThat(hit.select(".search-flag").hasClass("text-bg-danger")).as("flags in red").isTrue();
        assertThat(hit.select(".search-next-due").text()).as("the assessment's due date")
                .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s[AP]M");
    }

    @Test
    void theDateOfBirthAsPeopleTypeItThePhoneByItsDigitsAndTheCaseNumberFindTheClient() throws Exception {
        String caseNumber = refer("team-north", "Ruth", "Okonkwo " + unique);
        String us = String.format("%02d/%02d/%d", born.getMonthValue(), born.getDayOfMonth(), born.getYear());
        String shortUs = String.format("%d/%d/%02d", born.getMonthValue(), born.getDayOfMonth(), born.getYear() % 100);
        for (String typed : List.of(us, shortUs, born.toString(), "okonkwo " + us)) {
            assertThat(caseNumbers(search(Users.colin(), typed))).as(typed).contains(caseNumber);
        }
        String phone = phoneDigits.substring(0, 3) + "-" + phoneDigits.substring(3, 6) + "-" + phoneDigits.substring(6);
        for (String typed : List.of(phoneDigits, "(" + phoneDigits.substring(0, 3) + ") " + phoneDigits.substring(3),
                "+1 " + phone)) {
            assertThat(caseNumbers(search(Users.colin(), typed))).as(typed).containsExactly(caseNumber);
        }
        assertThat(caseNumbers(search(Users.colin(), caseNumber.toLowerCase()))).containsExactly(caseNumber);
    }

    @Test
    void aSpanishReaderTypesTheDayFirstAndTheHintShowsEachReaderTheirOrder() throws Exception {
        String caseNumber = refer("team-north", "Rosa", "Quispe " + unique);
        String spanish = String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear());
        String shortSpanish = String.format("%d-%d-%02d", born.getDayOfMonth(), born.getMonthValue(),
                born.getYear() % 100);
        for (String typed : List.of(spanish, shortSpanish, born.toString(), "quispe " + spanish)) {
            assertThat(caseNumbers(search(Users.colin(), typed, "es"))).as(typed).contains(caseNumber);
        }
        String us = String.format("%02d/%02d/%d", born.getMonthValue(), born.getDayOfMonth(), born.getYear());
        if (born.getDayOfMonth() != born.getMonthValue()) {
            assertThat(caseNumbers(search(Users.colin(), "quispe " + us, "es")))
                    .as("month first is another day to a Spanish reader").isEmpty();
            assertThat(caseNumbers(search(Users.colin(), "quispe " + spanish, "en")))
                    .as("day first is another day to an English reader").isEmpty();
        }

        assertThat(search(Users.colin(), unique, "es").select("#search-hint").text())
                .contains("(día/mes/año: 14/03/1941)");
        assertThat(search(Users.colin(), unique, "en").select("#search-hint").text())
                .contains("(month/day/year: 03/14/1941)");
    }

    @Test
    void aClosedCaseIsFoundAndOnlyTheCallersTeamsCasesAreShown() throws Exception {
        String closed = refer("team-north", "Edith", "Finch " + unique);
        cases.completeIntake("cora", closed);
        cases.as("cora", () -> {
            closure.closeEarly(closed, EarlyClosureReason.MOVED_AWAY, null);
            return null;
        });
        cases.complete("cora", closed, "Task_CloseCase", FormAnswers.closure("MOVED_AWAY"));
        assertThat(caseRepository.findByCaseNumber(closed).orElseThrow().getStage()).isEqualTo(CaseStage.CLOSED);
        assertThat(cases.tasks(closed, "Task_CloseCase")).as("nothing open").isEmpty();
        String south = refer("team-south", "Edna", "Finch " + unique);

        Document page = search(Users.colin(), "finch " + unique);
        assertThat(caseNumbers(page)).containsExactly(closed);
        assertThat(page.select("#search-results .search-stage").text()).isEqualTo("Closed");
        assertThat(page.select("#search-results .search-next-due").text()).startsWith("Closed on ");
        assertThat(page.select("#search-count").text()).isEqualTo("1 case found");

        assertThat(caseNumbers(search(Users.dana(), "finch " + unique))).containsExactly(south);
        assertThat(caseNumbers(search(Users.dana(), closed))).as("another team's case number").isEmpty();
        RequestPostProcessor sam = user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north",
                () -> "GROUP_team-south");
        assertThat(caseNumbers(search(sam, "finch " + unique))).containsExactlyInAnyOrder(closed, south);
    }

    @Test
    void anEmptySearchOrOneWithoutResultsSaysSoInWords() throws Exception {
        Document empty = Jsoup.parse(mvc.perform(get("/search").with(Users.colin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(empty.select("#search-problem").text())
                .isEqualTo("Type a name, a date of birth, a phone number or a case number.");
        assertThat(empty.select("#search-results")).isEmpty();

        Document none = search(Users.colin(), "Nobody" + unique);
        assertThat(none.select("#search-none").text())
                .isEqualTo("No client or case of your teams matches \u201cNobody" + unique + "\u201d.");
        assertThat(none.select("#header-search").val()).as("what was typed stays in the box")
                .isEqualTo("Nobody" + unique);

        Document tooLong = search(Users.colin(), "x".repeat(101));
        assertThat(tooLong.select("#search-problem").text()).isEqualTo("Type at most 100 characters.");
    }

    @Test
    void aCaseWaitingOnAServiceArrangementShowsTheArrangementsTaskAsNextDue() throws Exception {
        String caseNumber = refer("team-north", "Olga", "Varga " + unique);
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        // the only open task is in the called arrangement, whose instance is not the case's own
        var select = cases.task(caseNumber, "Task_SelectProvider");
        assertThat(select.getProcessInstanceId())
                .isNotEqualTo(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId());
        taskService.setDueDate(select.getId(), java.util.Date.from(java.time.LocalDate.of(2031, 2, 3)
                .atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));

        Element hit = search(Users.colin(), "varga " + unique).selectFirst("#search-results li");
        assertThat(hit.select(".search-next-due").text()).as("the arrangement's task's due date").contains("2031");
    }

    private String refer(String team, String firstName, String lastName) {
        return cases.as("cora", () -> {
            ReferralRequest referral = new ReferralRequest();
            referral.getClient().setFirstName(firstName);
            referral.getClient().setLastName(lastName);
            referral.getClient().setDateOfBirth(born);
            referral.getClient().setSex(Sex.FEMALE);
            referral.getClient().setPhone(phoneDigits.substring(0, 3) + " " + phoneDigits.substring(3, 6) + " "
                    + phoneDigits.substring(6));
            referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
            referral.setUrgency(org.casecoordination.casefile.Urgency.ROUTINE);
            referral.setTeam(team);
            return referrals.refer(referral).getCaseNumber();
        });
    }

    private Document search(RequestPostProcessor who, String q) throws Exception {
        return Jsoup.parse(mvc.perform(get("/search").param("q", q).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Document search(RequestPostProcessor who, String q, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/search").param("q", q).header("Accept-Language", language).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> caseNumbers(Document page) {
        return page.select("#search-results li").eachAttr("data-case-number");
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder("Q");
        for (int i = 1; i < count; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }
}
