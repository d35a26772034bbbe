package org.casecoordination.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /reports and its drill-down as a supervisor sees them, and who is refused. */
@ApplicationTest
class ReportsPageTests {

    @Autowired MockMvc mvc;
    @Autowired ReportData data;
    @Autowired JdbcTemplate jdbc;

    static UserRequestPostProcessor supervisorOf(String team) {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_" + team);
    }

    @Test
    void coordinatorsAndAdministratorsAreRefused() throws Exception {
        mvc.perform(get("/reports").with(Users.cora())).andExpect(status().isForbidden());
        mvc.perform(get("/reports/cases?measure=newReferrals&row=all&figure=count").with(Users.cora()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(user("adam").authorities(() -> "GROUP_camunda-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorSeesOnlyTheirOwnTeamsReports() throws Exception {
        String mine = ReportData.newTeam();
        String theirs = ReportData.newTeam();
        long other = data.newCase(theirs, data.at(LocalDate.of(2026, 3, 10), 9, 0)).save();
        mvc.perform(get("/reports").param("team", theirs).with(supervisorOf(mine))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/cases").param("team", theirs).param("measure", "newReferrals").param("row", "all")
                .param("figure", "count").param("month", "2026-03").with(supervisorOf(mine)))
                .andExpect(status().isForbidden());
        String list = mvc.perform(get("/reports/cases").param("team", mine).param("measure", "newReferrals")
                        .param("row", "all").param("figure", "count").param("month", "2026-03").with(supervisorOf(mine)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(ReportData.caseNumber(other));
    }

    @Test
    void everyMeasureIsShownWithItsDefinitionAndItsNumbersLinkToTheCasesBehindThem() throws Exception {
        String team = ReportData.newTeam();
        long lastEvening = data.newCase(team, data.at(LocalDate.of(2026, 3, 31), 23, 30)).lastName("Abbot").save();
        long firstNight = data.newCase(team, data.at(LocalDate.of(2026, 3, 1), 0, 30)).lastName("Baker").save();
        long april = data.newCase(team, data.at(LocalDate.of(2026, 4, 1), 0, 30)).save();
        long otherTeam = data.newCase(ReportData.newTeam(), data.at(LocalDate.of(2026, 3, 15), 9, 0)).save();

        Document page = page(get("/reports").param("team", team).param("period", "month").param("month", "2026-03")
                .with(supervisorOf(team)));

        for (String measure : Reports.ORDER) {
            Element section = page.getElementById("measure-" + measure);
            assertThat(section).as(measure).isNotNull();
            assertThat(section.select(".definition").text()).as(measure).isNotBlank();
        }
        Element count = page.selectFirst("#measure-newReferrals tr[data-row=all] td[data-figure=count]");
        assertThat(count.text()).isEqualTo("2");
        Document list = page(get(count.selectFirst("a").attr("href")).with(supervisorOf(team)));
        List<String> shown = list.select("#report-cases tbody tr").eachAttr("data-case");
        assertThat(shown).hasSize(2).containsExactly(ReportData.caseNumber(lastEvening),
                ReportData.caseNumber(firstNight)).doesNotContain(ReportData.caseNumber(april),
                ReportData.caseNumber(otherTeam));
        assertThat(list.select("#report-cases").text()).contains("Abbot, Test", "Baker, Test");
        assertThat(list.getElementById("cases-count").text()).isEqualTo("2 cases");
        List<String> audited = jdbc.queryForList("select resource from audit_event where action = 'VIEW_LIST' "
                + "and actor = 'sam' and resource like ? order by id desc", String.class,
                "%" + ReportData.caseNumber(lastEvening) + "%");
        assertThat(audited).isNotEmpty();
        assertThat(audited.get(0)).startsWith("Report newReferrals").contains(ReportData.caseNumber(firstNight));
    }

    @Test
    void theCaseloadStageTimesAndClosuresHaveAChartAndATableWithTheSameNumbers() throws Exception {
        String team = ReportData.newTeam();
        data.newCase(team, data.at(LocalDate.of(2026, 3, 2), 9, 0)).owner("cora").acuity("HIGH").save();
        data.newCase(team, data.at(LocalDate.of(2026, 3, 2), 9, 0)).owner("cora")
                .closed(data.at(LocalDate.of(2026, 3, 9), 9, 0), "GOALS_MET").save();

        Document page = page(get("/reports").param("team", team).param("month", "2026-03").with(supervisorOf(team)));

        Element canvas = page.getElementById("chart-openCaseload");
        assertThat(canvas.attr("aria-hidden")).isEqualTo("true");
        assertThat(canvas.attr("data-chart")).contains("\"data\":[1.0]", "\"data\":[3.0]", "Cora");
        assertThat(page.select("#measure-openCaseload tr[data-row=cora] td").eachText()).containsExactly("1", "3");
        assertThat(page.getElementById("chart-closures").attr("data-chart")).contains("Goals met");
        assertThat(page.getElementById("chart-stageTimes")).isNotNull();
        assertThat(page.select("script[src*=chart.umd.js]")).isNotEmpty();
    }

    @Test
    void inSpanishThePageSpeaksSpanish() throws Exception {
        String team = ReportData.newTeam();
        data.newCase(team, data.at(LocalDate.of(2026, 3, 2), 9, 0)).closed(data.at(LocalDate.of(2026, 3, 9), 9, 0),
                "GOALS_MET").save();

        Document page = page(get("/reports").param("team", team).param("month", "2026-03")
                .header("Accept-Language", "es").with(supervisorOf(team)));

        assertThat(page.getElementById("title-newReferrals").text()).isEqualTo("Derivaciones nuevas");
        assertThat(page.getElementById("definition-depressionFollowUp").text()).contains("El día 30 cuenta");
        assertThat(page.select("#measure-closures th[scope=row]").text()).isEqualTo("Metas alcanzadas");
        assertThat(page.select("label[for=coordinator]").text()).isEqualTo("Coordinador(a) de casos");
        assertThat(page.text()).doesNotContain("New referrals", "Closures by reason");
    }

    @Test
    void aBadPeriodIsShownNextToItsFieldAndNothingIsCounted() throws Exception {
        String team = ReportData.newTeam();

        Document page = page(get("/reports").param("team", team).param("period", "custom").param("from", "2026-03-31")
                .param("to", "2026-03-01").param("coordinator", "nobody").with(supervisorOf(team)));

        assertThat(page.getElementById("to-error").text()).isEqualTo("The last day comes before the first.");
        assertThat(page.getElementById("coordinator-error").text()).isEqualTo("Choose a coordinator of this team.");
        assertThat(page.select(".report-measure")).isEmpty();
        Document month = page(get("/reports").param("team", team).param("month", "March").with(supervisorOf(team)));
        assertThat(month.getElementById("month-error").text()).contains("2026-03");
    }

    @Test
    void aQuarterCoversItsThreeMonthsInTheAgencysZone() throws Exception {
        String team = ReportData.newTeam();
        data.newCase(team, data.at(LocalDate.of(2026, 1, 1), 0, 15)).save();
        data.newCase(team, data.at(LocalDate.of(2026, 3, 31), 23, 45)).save();
        data.newCase(team, data.at(LocalDate.of(2026, 4, 1), 0, 15)).save();

        Document page = page(get("/reports").param("team", team).param("period", "quarter").param("quarter", "2026-Q1")
                .with(supervisorOf(team)));

        assertThat(page.selectFirst("#measure-newReferrals td[data-figure=count]").text()).isEqualTo("2");
        // the zone by its name, not its id (the tests' agency is in Europe/Berlin)
        assertThat(page.getElementById("report-period").text()).contains("Central European")
                .doesNotContain("Europe/Berlin");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
