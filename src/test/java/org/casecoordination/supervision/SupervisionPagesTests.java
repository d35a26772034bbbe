package org.casecoordination.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.casecoordination.supervision.calendar.BusinessCalendar;
import org.casecoordination.supervision.calendar.HolidayRepository;
import org.casecoordination.supervision.crisis.OnCallRoster;
import org.casecoordination.supervision.crisis.OnCallShiftRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** The supervision pages: holidays (admins), the on-call roster (supervisors), reporting a crisis (the team). */
@ApplicationTest
class SupervisionPagesTests {

    static final LocalDate NEXT_YEAR_DAY = LocalDate.now(ZoneId.of("Europe/Berlin")).plusYears(1)
            .withMonth(3).withDayOfMonth(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    HolidayRepository holidays;
    @Autowired
    OnCallShiftRepository roster;
    @Autowired
    BusinessCalendar businessCalendar;

    @AfterEach
    void cleanUp() {
        holidays.deleteAll();
        roster.deleteAll();
    }

    static UserRequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    @Test
    void anAdministratorAddsAHolidayAndBusinessDaysSkipIt() throws Exception {
        mvc.perform(post("/admin/holidays").with(admin()).with(csrf())
                        .param("day", NEXT_YEAR_DAY.toString()).param("name", "Founders' Day"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/holidays"));
        assertThat(businessCalendar.isBusinessDay(NEXT_YEAR_DAY)).isFalse();
        Document page = page(get("/admin/holidays"), admin());
        assertThat(page.select("#holiday-table tr[data-day=" + NEXT_YEAR_DAY + "]").text()).contains("Founders' Day");

        Document again = Jsoup.parse(mvc.perform(post("/admin/holidays").with(admin()).with(csrf())
                        .param("day", NEXT_YEAR_DAY.toString()).param("name", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.select("#day-error").text()).isEqualTo("This day is already a holiday.");
        assertThat(again.select("#name-error").text()).isEqualTo("Name the holiday.");

        mvc.perform(post("/admin/holidays/{d}/delete", NEXT_YEAR_DAY).with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(holidays.existsById(NEXT_YEAR_DAY)).isFalse();
    }

    @Test
    void onlyAdministratorsKeepTheHolidayList() throws Exception {
        mvc.perform(get("/admin/holidays").with(sam())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/holidays").with(Users.cora()).with(csrf())
                .param("day", NEXT_YEAR_DAY.toString()).param("name", "Mine")).andExpect(status().isForbidden());
        assertThat(holidays.count()).isZero();
    }

    @Test
    void aSupervisorPutsACoordinatorOfTheirTeamOnCall() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        mvc.perform(post("/supervision/on-call").with(sam()).with(csrf())
                        .param("team", "team-north").param("week", today.toString()).param("userId", "colin"))
                .andExpect(status().is3xxRedirection());
        assertThat(roster.findByTeamAndWeekStart("team-north", OnCallRoster.weekOf(today)).orElseThrow().getUserId())
                .isEqualTo("colin");

        Document wrong = Jsoup.parse(mvc.perform(post("/supervision/on-call").with(sam()).with(csrf())
                        .param("team", "team-north").param("week", today.toString()).param("userId", "dana"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(wrong.select("#userId-error").text()).isEqualTo("Not a coordinator of Team North.");

        mvc.perform(get("/supervision/on-call").with(Users.cora())).andExpect(status().isForbidden());
    }

    @Test
    void aCrisisReportedOnTheCasePageOpensTheNewTask() throws Exception {
        String caseNumber = cases.open("team-north");
        assertThat(page(get("/cases/{n}", caseNumber), Users.cora()).select("#report-crisis")).hasSize(1);

        Document invalid = Jsoup.parse(mvc.perform(post("/cases/{n}/crisis", caseNumber).with(Users.cora()).with(csrf())
                        .param("description", " ").param("callbackNumber", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(invalid.select("#description-error").text()).isEqualTo("Describe the crisis.");
        assertThat(invalid.select("#callbackNumber-error").text()).contains("7 to 30 characters");
        assertThat(cases.tasks(caseNumber, "Task_CrisisResponse")).isEmpty();

        mvc.perform(post("/cases/{n}/crisis", caseNumber).with(Users.cora()).with(csrf())
                        .param("description", "Client called, frightened, door lock broken."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/tasks/*"));
        assertThat(cases.tasks(caseNumber, "Task_CrisisResponse")).hasSize(1);

        mvc.perform(get("/cases/{n}/crisis", caseNumber).with(Users.dana())).andExpect(status().isForbidden());
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            UserRequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
