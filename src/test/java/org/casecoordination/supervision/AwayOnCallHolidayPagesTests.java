package org.casecoordination.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.casecoordination.supervision.absence.Absence;
import org.casecoordination.supervision.absence.AbsenceRepository;
import org.casecoordination.supervision.absence.Absences;
import org.casecoordination.supervision.calendar.HolidayRepository;
import org.casecoordination.supervision.crisis.OnCallRoster;
import org.casecoordination.supervision.crisis.OnCallShiftRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a supervisor meets on the Away, On call and Holidays pages: one confirmation after saving, a form that
 * offers her own coordinators by name, and a roster that does not take someone who is away that week.
 */
@ApplicationTest
class AwayOnCallHolidayPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Absences absences;
    @Autowired
    AbsenceRepository absenceRepository;
    @Autowired
    OnCallShiftRepository roster;
    @Autowired
    HolidayRepository holidays;

    @AfterEach
    void cleanUp() {
        absenceRepository.deleteAll();
        roster.deleteAll();
        holidays.deleteAll();
    }

    static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    static UserRequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    @Test
    void savingAnAbsenceConfirmsItOnce() throws Exception {
        LocalDate today = absences.today();
        Document page = afterRedirect(post("/supervision/absences").param("user", "cora")
                .param("from", today.plusDays(1).toString()).param("until", today.plusDays(2).toString()), sam());
        assertThat(page.select(".alert-success")).hasSize(1);
        assertThat(page.select(".alert-success").text()).contains("Cora Lindqvist");
    }

    @Test
    void savingAnOnCallWeekConfirmsItOnce() throws Exception {
        Document page = afterRedirect(post("/supervision/on-call").param("team", "team-north")
                .param("week", absences.today().toString()).param("userId", "colin"), sam());
        assertThat(page.select(".alert-success")).hasSize(1);
        assertThat(page.select(".alert-success").text()).contains("Colin Mensah").contains("Team North");
    }

    @Test
    void addingAHolidayConfirmsItOnce() throws Exception {
        Document page = afterRedirect(post("/admin/holidays")
                .param("day", absences.today().plusYears(1).withMonth(3).withDayOfMonth(10).toString())
                .param("name", "Founders' Day"), admin());
        assertThat(page.select(".alert-success")).hasSize(1);
    }

    @Test
    void aSupervisorChoosesWhoIsAwayFromHerCoordinatorsByName() throws Exception {
        Document page = page(get("/supervision/absences"), sam());
        Element who = page.selectFirst("#absence-form [name=user]");
        assertThat(who.tagName()).isEqualTo("select");
        assertThat(who.select("option[selected]").eachAttr("value")).doesNotContain("sam");
        assertThat(who.select("option").eachText()).contains("Cora Lindqvist", "Colin Mensah", "Dana Okafor")
                .noneMatch(text -> text.equals("cora") || text.contains("Sam Reyes"));
        assertThat(who.select("option[value=cora]").text()).isEqualTo("Cora Lindqvist");

        // the form as offered, with a coordinator chosen, is taken
        LocalDate today = absences.today();
        mvc.perform(post("/supervision/absences").with(sam()).with(csrf()).param("user", "cora")
                        .param("from", today.toString()).param("until", today.plusDays(1).toString())
                        .param("coveredBy", "colin"))
                .andExpect(status().is3xxRedirection());
        assertThat(absenceRepository.findAll()).extracting(Absence::getUserId).containsExactly("cora");
    }

    @Test
    void aCoordinatorFindsHerselfChosenOnTheAwayForm() throws Exception {
        Element who = page(get("/supervision/absences"), Users.cora()).selectFirst("#absence-form [name=user]");
        assertThat(who.select("option[selected]").eachAttr("value")).containsExactly("cora");
        assertThat(who.select("option[selected]").text()).isEqualTo("Cora Lindqvist");
    }

    @Test
    void theRosterRefusesSomeoneWhoIsAwayThatWeekAndSaysSoNextToTheField() throws Exception {
        LocalDate nextWeek = OnCallRoster.weekOf(absences.today()).plusWeeks(1);
        mvc.perform(post("/supervision/absences").with(sam()).with(csrf()).param("user", "colin")
                        .param("from", nextWeek.plusDays(2).toString()).param("until", nextWeek.plusDays(3).toString()))
                .andExpect(status().is3xxRedirection());

        Document refused = Jsoup.parse(mvc.perform(post("/supervision/on-call").with(sam()).with(csrf())
                        .param("team", "team-north").param("week", nextWeek.toString()).param("userId", "colin"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#userId-error").text()).contains("Colin Mensah").contains("away");
        assertThat(refused.select("#userId option[selected]").eachAttr("value")).containsExactly("colin");
        assertThat(roster.findByTeamAndWeekStart("team-north", nextWeek)).isEmpty();

        // the week after, Colin is back and may be on call
        mvc.perform(post("/supervision/on-call").with(sam()).with(csrf()).param("team", "team-north")
                        .param("week", nextWeek.plusWeeks(1).toString()).param("userId", "colin"))
                .andExpect(status().is3xxRedirection());
        assertThat(roster.findByTeamAndWeekStart("team-north", nextWeek.plusWeeks(1))).isPresent();
    }

    @Test
    void aSpanishReaderMarksSomeoneAwayAndReadsTheErrorNextToTheField() throws Exception {
        Document page = page(get("/supervision/absences").header("Accept-Language", "es"), sam());
        assertThat(page.select("h2").eachText()).contains("Marcar a alguien como ausente");
        assertThat(page.select("label[for=from]").text()).isEqualTo("Primer día de ausencia");
        assertThat(page.select("#save-absence").text()).isEqualTo("Guardar");

        LocalDate today = absences.today();
        Document refused = Jsoup.parse(mvc.perform(post("/supervision/absences").with(sam()).with(csrf())
                        .header("Accept-Language", "es").param("user", "").param("from", today.toString())
                        .param("until", today.minusDays(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#user-error").text()).isEqualTo("Elija al coordinador de casos que estará ausente.");
        assertThat(absenceRepository.count()).isZero();
    }

    @Test
    void theOnCallRosterAndTheHolidaysSpeakSpanish() throws Exception {
        Document roster = page(get("/supervision/on-call").header("Accept-Language", "es"), sam());
        assertThat(roster.select("h1").text()).isEqualTo("Turnos de guardia");
        assertThat(roster.select("label[for=week]").text()).isEqualTo("Un día de la semana");
        Document refused = Jsoup.parse(mvc.perform(post("/supervision/on-call").with(sam()).with(csrf())
                        .header("Accept-Language", "es").param("team", "team-north")
                        .param("week", absences.today().toString()).param("userId", "dana"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#userId-error").text()).isEqualTo("No es coordinador(a) de casos de Team North.");

        LocalDate day = absences.today().plusYears(1).withMonth(3).withDayOfMonth(10);
        MvcResult saved = mvc.perform(post("/admin/holidays").with(admin()).with(csrf()).header("Accept-Language", "es")
                .param("day", day.toString()).param("name", "Día de los fundadores"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String spanishDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("es"))
                .format(day);
        assertThat(saved.getFlashMap().get("message")).isEqualTo("Día festivo agregado: " + spanishDay);
        Document holidays = page(get("/admin/holidays").header("Accept-Language", "es"), admin());
        assertThat(holidays.select("#holiday-table th").eachText()).contains("Fecha", "Día festivo", "Agregado por");
        assertThat(holidays.select("#holiday-table tr[data-day=" + day + "] td").first().text()).isEqualTo(spanishDay);
        Document noName = Jsoup.parse(mvc.perform(post("/admin/holidays").with(admin()).with(csrf())
                        .header("Accept-Language", "es").param("day", day.plusDays(1).toString()).param("name", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(noName.select("#name-error").text()).isEqualTo("Escriba el nombre del día festivo.");
    }

    private Document afterRedirect(MockHttpServletRequestBuilder post, UserRequestPostProcessor who) throws Exception {
        MvcResult saved = mvc.perform(post.with(who).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String target = saved.getResponse().getRedirectedUrl();
        return Jsoup.parse(mvc.perform(get(target).with(who).flashAttrs(saved.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Document page(MockHttpServletRequestBuilder request, UserRequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
