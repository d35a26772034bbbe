package org.casecoordination.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.reports.ReportsPageTests.supervisorOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/reports and /api/reports/cases: the page's figures and definitions, its checks, access and audit. */
@ApplicationTest
class ReportsApiTests {

    @Autowired MockMvc mvc;
    @Autowired ReportData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void theApiHasThePagesFiguresAndDefinitionsInTheCallersLanguage() throws Exception {
        String team = ReportData.newTeam();
        long urgent = data.newCase(team, data.at(LocalDate.of(2026, 3, 31), 23, 30)).urgent().save();
        long other = data.newCase(team, data.at(LocalDate.of(2026, 3, 1), 0, 30)).closed(
                data.at(LocalDate.of(2026, 3, 9), 9, 0), "GOALS_MET").save();
        data.newCase(team, data.at(LocalDate.of(2026, 4, 1), 0, 30)).save();

        JsonNode report = json.readTree(mvc.perform(get("/api/reports").param("team", team).param("month", "2026-03")
                        .header("Accept-Language", "es").with(supervisorOf(team)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Document page = Jsoup.parse(mvc.perform(get("/reports").param("team", team).param("month", "2026-03")
                .header("Accept-Language", "es").with(supervisorOf(team))).andReturn().getResponse()
                .getContentAsString());

        assertThat(report.path("from").asText()).isEqualTo("2026-03-01");
        assertThat(report.path("to").asText()).isEqualTo("2026-03-31");
        assertThat(report.path("measures").findValuesAsText("key")).containsAll(Reports.ORDER);
        JsonNode referrals = report.path("measures").get(Reports.ORDER.indexOf("newReferrals"));
        assertThat(referrals.path("title").asText()).isEqualTo("Derivaciones nuevas")
                .isEqualTo(page.getElementById("title-newReferrals").text());
        assertThat(referrals.path("definition").asText())
                .isEqualTo(page.getElementById("definition-newReferrals").text());
        JsonNode counts = referrals.path("rows").get(0).path("figures");
        assertThat(counts.get(0).path("value").asDouble()).isEqualTo(2.0);
        assertThat(counts.get(1).path("value").asDouble()).isEqualTo(1.0);
        assertThat(counts.get(0).path("cases").asInt()).isEqualTo(2);
        assertThat(report.toString()).doesNotContain(String.valueOf(urgent), String.valueOf(other));
        JsonNode closures = report.path("measures").get(Reports.ORDER.indexOf("closures"));
        assertThat(closures.path("rows").get(0).path("label").asText()).isEqualTo("Metas alcanzadas");
        for (String measure : Reports.ORDER) {
            JsonNode m = report.path("measures").get(Reports.ORDER.indexOf(measure));
            assertThat(m.path("definition").asText()).as(measure)
                    .isEqualTo(page.getElementById("definition-" + measure).text());
        }

        mvc.perform(get("/api/reports/cases").param("team", team).param("month", "2026-03")
                        .param("measure", "newReferrals").param("row", "all").param("figure", "urgent")
                        .with(supervisorOf(team)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.cases[*].caseNumber", containsInAnyOrder(ReportData.caseNumber(urgent))));
        List<String> audited = jdbc.queryForList("select resource from audit_event where action = 'VIEW_LIST' "
                + "and resource like ?", String.class, "%" + ReportData.caseNumber(urgent) + "%");
        assertThat(audited).containsExactly("Report newReferrals / all / urgent: " + ReportData.caseNumber(urgent));
    }

    @Test
    void aBadFilterIs400ListingEveryProblem() throws Exception {
        String team = ReportData.newTeam();
        mvc.perform(get("/api/reports").param("team", team).param("period", "custom").param("from", "2026-03-31")
                        .param("to", "2026-03-01").param("coordinator", "nobody").param("acuity", "HUGE")
                        .with(supervisorOf(team)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("to", "coordinator", "acuity")))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message")
                        .value("The last day comes before the first."));
        mvc.perform(get("/api/reports/cases").param("team", team).param("month", "2026-03").param("measure", "nothing")
                .param("row", "all").param("figure", "count").with(supervisorOf(team)))
                .andExpect(status().isNotFound());
    }

    @Test
    void coordinatorsAndOtherTeamsAreRefused() throws Exception {
        String team = ReportData.newTeam();
        mvc.perform(get("/api/reports").param("team", team).with(Users.cora())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").exists());
        mvc.perform(get("/api/reports").param("team", team).with(supervisorOf(ReportData.newTeam())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/cases").param("team", team).param("measure", "newReferrals").param("row", "all")
                .param("figure", "count").with(supervisorOf(ReportData.newTeam()))).andExpect(status().isForbidden());
    }
}
