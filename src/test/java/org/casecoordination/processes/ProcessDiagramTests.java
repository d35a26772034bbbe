package org.casecoordination.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class ProcessDiagramTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    @Test
    void theDiagramOfACaseSaysWhereItWaitsAndWhatIsDone() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        mvc.perform(get("/cases/" + caseNumber + "/diagram").with(Users.colin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.xml", containsString("id=\"CaseLifecycle\"")))
                .andExpect(jsonPath("$.active", hasItem("Task_Assessment")))
                .andExpect(jsonPath("$.completed", hasItem("Task_Intake")))
                .andExpect(jsonPath("$.completed", not(hasItem("Task_Assessment"))));
    }

    @Test
    void onlyThoseWhoMaySeeTheCaseSeeItsDiagram() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(get("/cases/" + caseNumber + "/diagram").with(Users.dana())).andExpect(status().isForbidden());
    }

    @Test
    void theCasePageIncludesTheDiagramWithItsScriptsFromTheApp() throws Exception {
        String caseNumber = cases.open("team-north");
        var page = Jsoup.parse(mvc.perform(get("/cases/" + caseNumber).with(Users.cora())).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("#process-diagram").attr("data-src")).isEqualTo("/cases/" + caseNumber + "/diagram");
        assertThat(page.select("script[src]").eachAttr("src"))
                .contains("/vendor/bpmn-js/bpmn-viewer.production.min.js", "/js/process-diagram.js");
        mvc.perform(get("/vendor/bpmn-js/bpmn-viewer.production.min.js").with(Users.cora()))
                .andExpect(status().isOk());
        mvc.perform(get("/vendor/bpmn-js/LICENSE").with(Users.cora())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("bpmn.io")));
    }
}
