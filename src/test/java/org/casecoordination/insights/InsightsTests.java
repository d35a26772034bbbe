package org.casecoordination.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class InsightsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    @Test
    void anAnalystSeesCountsAndVersionsButNoClientOrCase() throws Exception {
        String caseNumber = cases.open("team-north");
        String html = mvc.perform(get("/insights").with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#stage-counts tbody tr th").eachText()).contains("Team North");
        assertThat(page.select("#process-versions").text()).contains("Case lifecycle");
        assertThat(html).doesNotContain(caseNumber).doesNotContain("Test Client");
    }

    @Test
    void coordinatorsDoNotNeedIt() throws Exception {
        mvc.perform(get("/insights").with(Users.cora())).andExpect(status().isForbidden());
    }
}
