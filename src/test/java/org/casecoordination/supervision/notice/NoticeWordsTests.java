package org.casecoordination.supervision.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.casefile.TimelineText.Words.label;
import static org.casecoordination.casefile.TimelineText.Words.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.security.language.UserLanguage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice is read in the language its recipient reads today, whatever language was spoken when it was written:
 * people by full name, codes by their words, days and times in the reader's format. Notices from before message
 * keys keep their English words.
 */
@ApplicationTest
class NoticeWordsTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    /** Noon UTC: the 7th of December in every time zone a server runs in. */
    static final Instant DUE = Instant.parse("2026-12-07T12:00:00Z");

    @Autowired
    org.casecoordination.system.Dates dates;
    @Autowired
    MockMvc mvc;
    @Autowired
    Notices notices;
    @Autowired
    NoticeRepository repository;
    @Autowired
    IdentityService identityService;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Cases cases;

    @AfterEach
    void forgetTheChoice() {
        identityService.deleteUserInfo("dana", UserLanguage.USER_INFO_KEY);
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aNoticeWrittenWhileTheRecipientReadsEnglishReadsInSpanishOnceSheSwitches() throws Exception {
        String caseNumber = "CC-2026-910001";
        send("dana", caseNumber, TimelineText.of("notice.overdue", "Assess needs", DUE), false);
        send("dana", caseNumber, TimelineText.of("notice.handOver.case", label("timeline", "teamQueue"),
                person("dana"), person("sam"), "Cora is away until the 14th."), false);
        send("dana", caseNumber, TimelineText.of("notice.safety", caseNumber, label("instrument", "PHQ9"), DUE), true);
        MockHttpSession session = new MockHttpSession();

        Document english = page(get("/notices"), session);
        assertThat(row(english, caseNumber, "overdue")).contains("\u201cAssess needs\u201d is overdue (due Dec 7, 2026");
        assertThat(row(english, caseNumber, "handOver")).contains("Case handed from the team queue to Dana Okafor by "
                + "Sam Reyes: Cora is away until the 14th.");
        assertThat(row(english, caseNumber, "safety")).contains("Safety concern on case " + caseNumber
                + " (raised by PHQ-9 (depression)): \u201cRespond to safety concern\u201d is due by Dec 7, 2026");

        mvc.perform(post("/account/language").param("language", "es").param("returnTo", "/notices")
                .with(Users.dana()).with(csrf()).session(session)).andExpect(status().is3xxRedirection());
        Document spanish = page(get("/notices"), session);

        assertThat(row(spanish, caseNumber, "overdue")).contains("\u201cAssess needs\u201d est\u00e1 vencida "
                + "(venc\u00eda el 7 dic 2026");
        assertThat(row(spanish, caseNumber, "handOver")).contains("Sam Reyes pas\u00f3 el caso de la cola del equipo "
                + "a Dana Okafor: Cora is away until the 14th.");
        assertThat(row(spanish, caseNumber, "safety")).contains("Riesgo para la seguridad en el caso " + caseNumber
                + " (detectado en PHQ-9 (depresi\u00f3n))").contains("vence el 7 dic 2026").contains("Urgente");
        assertThat(String.join(" ", row(spanish, caseNumber, "overdue"), row(spanish, caseNumber, "handOver"),
                row(spanish, caseNumber, "safety"))).doesNotContain("overdue", "handed", "Safety concern", "Dec");
    }

    @Test
    void theWhenColumnIsInTheReadersFormat() throws Exception {
        String caseNumber = "CC-2026-910002";
        send("dana", caseNumber, TimelineText.of("notice.overdue", "Plan services", DUE), false);
        Notice notice = latest("dana", caseNumber);
        DateTimeFormatter style = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

        Element spanish = rowOf(page(get("/notices").header("Accept-Language", "es"), new MockHttpSession()), notice);
        Element english = rowOf(page(get("/notices"), new MockHttpSession()), notice);

        assertThat(spanish.child(0).text())
                .isEqualTo(style.withLocale(SPANISH).format(notice.getCreatedAt().atZone(dates.zone())));
        assertThat(english.child(0).text())
                .isEqualTo(style.withLocale(Locale.ENGLISH).format(notice.getCreatedAt().atZone(dates.zone())))
                .isNotEqualTo(spanish.child(0).text());
    }

    @Test
    void aNoticeWrittenDuringASpanishRequestKeepsEnglishWordsAndReadsInEnglishToAnEnglishReader() throws Exception {
        String caseNumber = "CC-2026-910003";
        LocaleContextHolder.setLocale(SPANISH); // the supervisor who handed the task over reads Spanish
        send("dana", caseNumber, TimelineText.of("notice.handOver.task", "Assess needs", person("dana"),
                person("sam"), "Cora is on leave."), false);
        LocaleContextHolder.resetLocaleContext();

        Notice notice = latest("dana", caseNumber);
        assertThat(notice.getMessage()).as("the English words kept as written")
                .isEqualTo("\u201cAssess needs\u201d handed to Dana Okafor by Sam Reyes: Cora is on leave.");
        assertThat(rowOf(page(get("/notices"), new MockHttpSession()), notice).text())
                .contains("\u201cAssess needs\u201d handed to Dana Okafor by Sam Reyes: Cora is on leave.");
        assertThat(rowOf(page(get("/notices").header("Accept-Language", "es"), new MockHttpSession()), notice).text())
                .contains("Sam Reyes pas\u00f3 \u201cAssess needs\u201d a Dana Okafor: Cora is on leave.");
    }

    @Test
    void aSupervisorHandingACaseOverInSpanishSendsANoticeHerColleagueReadsInEnglish() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        mvc.perform(post("/supervision/caseload/cora").param("team", "team-north").param("caseNumbers", caseNumber)
                .param("to", "colin").param("reason", "Cora est\u00e1 de licencia.").header("Accept-Language", "es")
                .with(user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Notice notice = notices.of("colin").stream().filter(n -> caseNumber.equals(n.getCaseNumber())).findFirst()
                .orElseThrow();
        assertThat(rowOf(page(get("/notices"), Users.colin()), notice).text())
                .contains("Case handed from Cora Lindqvist to Colin Mensah by Sam Reyes: Cora est\u00e1 de licencia.");
        assertThat(rowOf(page(get("/notices").header("Accept-Language", "es"), Users.colin()), notice).text())
                .contains("Sam Reyes pas\u00f3 el caso de Cora Lindqvist a Colin Mensah: Cora est\u00e1 de licencia.");
    }

    @Test
    void aNoticeFromBeforeMessageKeysKeepsItsEnglishWordsInEveryLanguage() throws Exception {
        String caseNumber = "CC-2026-910004";
        transaction.executeWithoutResult(status -> jdbc.update("insert into notice (id, recipient, case_number, "
                + "message, created_at, urgent) values (?, 'dana', ?, ?, ?, false)", 990_000_004L, caseNumber,
                "\u201cAssess needs\u201d is overdue (due 2026-12-07 12:00)",
                java.sql.Timestamp.from(Instant.now())));
        Notice old = latest("dana", caseNumber);
        assertThat(old.getText()).isEmpty();

        assertThat(rowOf(page(get("/notices").header("Accept-Language", "es"), new MockHttpSession()), old).text())
                .contains("\u201cAssess needs\u201d is overdue (due 2026-12-07 12:00)");
    }

    private void send(String recipient, String caseNumber, TimelineText text, boolean urgent) {
        transaction.executeWithoutResult(status -> {
            if (urgent) {
                notices.sendUrgent(recipient, caseNumber, null, text);
            } else {
                notices.send(recipient, caseNumber, null, text);
            }
        });
    }

    private Notice latest(String recipient, String caseNumber) {
        return notices.of(recipient).stream().filter(n -> caseNumber.equals(n.getCaseNumber())).findFirst()
                .orElseThrow();
    }

    /** The text of the row of the case's notice written with the given key. */
    private String row(Document page, String caseNumber, String keyPart) {
        Notice notice = notices.of("dana").stream().filter(n -> caseNumber.equals(n.getCaseNumber()))
                .filter(n -> n.getText().orElseThrow().key().contains(keyPart)).findFirst().orElseThrow();
        return rowOf(page, notice).text();
    }

    private static Element rowOf(Document page, Notice notice) {
        Element row = page.selectFirst("#notices tr[data-notice-id=" + notice.getId() + "]");
        assertThat(row).as("notice " + notice.getId() + " on the page").isNotNull();
        return row;
    }

    private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return page(request.session(session), Users.dana());
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
