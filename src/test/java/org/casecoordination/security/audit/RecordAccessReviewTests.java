package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "Who accessed this record" is for the supervisors of the case's team, on the case page and in the API. */
@ApplicationTest
class RecordAccessReviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    @Test
    void supervisorsSeeWhoAccessedTheRecordAndCoordinatorsDoNot() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.colin())).andExpect(status().isOk());

        var supervisor = user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north");
        var page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#record-access").text()).contains("Colin Mensah");

        var coordinatorPage = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(coordinatorPage.select("#record-access")).isEmpty();
        mvc.perform(get("/api/cases/{n}/access-log", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}/access-log", caseNumber).with(httpBasic("sam", "demo")))
                .andExpect(status().isOk());
    }
}
