package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Lists that show clients' names are audited, one row per list naming the cases shown; repeated views of one
 * record by one user within a minute are one row.
 */
@ApplicationTest
class ListViewAuditTests {

    private static final Pattern CASE_NUMBER = Pattern.compile("CC-\\d{4}-\\d{6}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachTaskListPageViewIsOneRowNamingTheCasesShown() throws Exception {
        cases.open("team-north");
        int before = listRows("colin").size();

        mvc.perform(get("/tasks").param("view", "team").with(Users.colin())).andExpect(status().isOk());
        String page = mvc.perform(get("/tasks").param("view", "team").with(Users.colin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> rows = listRows("colin");
        assertThat(rows).hasSize(before + 2);
        List<String> shown = CASE_NUMBER.matcher(page).results().map(MatchResult::group).distinct().toList();
        assertThat(shown).isNotEmpty();
        assertThat(rows.get(rows.size() - 1)).isEqualTo("Task list team queue page 1: " + String.join(", ", shown));
    }

    @Test
    void possibleDuplicateClientsAreAuditedWithTheirCases() throws Exception {
        String lastName = "Listed-" + System.nanoTime();
        String first = mvc.perform(referral(lastName)).andExpect(redirectedUrlPattern("/cases/CC-*")).andReturn()
                .getResponse().getRedirectedUrl().substring("/cases/".length());

        mvc.perform(referral(lastName)).andExpect(status().isOk());

        assertThat(listRows("cora")).anySatisfy(row -> assertThat(row)
                .isEqualTo("Possible duplicate clients: " + first));
    }

    @Test
    void repeatedViewsOfOneRecordByOneUserWithinTheWindowAreOneRowButRefusalsAllCount() throws Exception {
        String caseNumber = cases.open("team-north");

        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.cora())).andExpect(status().isOk());
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.cora())).andExpect(status().isOk());
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())).andExpect(status().isOk());
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.colin())).andExpect(status().isOk());
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.dana())).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.dana())).andExpect(status().isForbidden());

        assertThat(views(caseNumber, "cora")).isEqualTo(1);
        assertThat(views(caseNumber, "colin")).as("another user's view is their own row").isEqualTo(1);
        assertThat(views(caseNumber, "dana")).as("every refusal is written").isEqualTo(2);
    }

    private static MockHttpServletRequestBuilder referral(String lastName) {
        return post("/referrals").with(Users.cora()).with(csrf())
                .param("client.firstName", "Harriet").param("client.lastName", lastName)
                .param("client.dateOfBirth", "1941-03-07").param("client.sex", "FEMALE").param("client.phone", "")
                .param("primaryConcern", "CANCER").param("urgency", "ROUTINE").param("team", "team-north");
    }

    private List<String> listRows(String actor) {
        return jdbc.queryForList("select resource from audit_event where action = 'VIEW_LIST' and actor = ? "
                + "order by id", String.class, actor);
    }

    private int views(String caseNumber, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_RECORD' and case_number = ?"
                + " and actor = ?", Integer.class, caseNumber, actor);
    }
}
