package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An administrator opens a record only by breaking the glass with a written reason; supervisors review it. */
@ApplicationTest
class EmergencyAccessTests {

    private static final String REASON = "Hospital ER calls at 2am: client unconscious, needs medication list.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    EmergencyAccessRepository grants;

    private static RequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    private static RequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    @Test
    void anAdministratorBreaksTheGlassWithAReasonAndSupervisorsReviewIt() throws Exception {
        String caseNumber = cases.open("team-north");
        Document refused = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(admin()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#emergency-access form")).hasSize(1);
        assertThat(refused.select(".alert-success")).as("a refusal is no success message").isEmpty();
        assertThat(refused.select("#forbidden-message").text()).contains("team you do not work in");
        assertThat(refused.text()).doesNotContain("Test Client");

        String tooShort = mvc.perform(post("/cases/{n}/emergency-access", caseNumber).with(admin()).with(csrf())
                        .param("reason", "need it"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(tooShort).select(".invalid-feedback").text()).contains("at least 20 characters");
        mvc.perform(get("/cases/{n}", caseNumber).with(admin())).andExpect(status().isForbidden());

        mvc.perform(post("/cases/{n}/emergency-access", caseNumber).with(admin()).with(csrf()).param("reason", REASON))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
        Document opened = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(opened.select("#timeline").text()).contains("Emergency access by Ada Admin").contains(REASON);

        Document review = Jsoup.parse(mvc.perform(get("/supervision/emergency-access").with(sam()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(review.select("#emergency-accesses").text()).contains(caseNumber).contains(REASON);
        Long id = grants.findAll().stream().filter(g -> g.getReason().equals(REASON)).findFirst().orElseThrow()
                .getId();
        mvc.perform(post("/supervision/emergency-access/{id}/reviewed", id).with(sam()).with(csrf()))
                .andExpect(redirectedUrl("/supervision/emergency-access"));
        assertThat(grants.findById(id).orElseThrow().getReviewedBy()).isEqualTo("sam");
    }

    @Test
    void coordinatorsCannotBreakTheGlassAndOnlySupervisorsReview() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/cases/{n}/emergency-access", caseNumber).with(Users.dana()).with(csrf())
                        .param("reason", REASON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.dana())).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/emergency-access").with(Users.colin())).andExpect(status().isForbidden());
    }
}
