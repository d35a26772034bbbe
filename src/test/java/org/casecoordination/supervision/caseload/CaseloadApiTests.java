package org.casecoordination.supervision.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.supervision.notice.Notice;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/supervision/caseload and POST /api/supervision/reassign, and the caseload page, as sam and others. */
@ApplicationTest
class CaseloadApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    Notices notices;

    static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    @Test
    void theCaseloadCountsEachCoordinatorsOpenCasesAndOverdueTasks() throws Exception {
        int casesBefore = count("cora", "openCases");
        int overdueBefore = count("cora", "overdueTasks");
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        taskService.setDueDate(cases.task(caseNumber, "Task_Assessment").getId(),
                Date.from(Instant.now().minusSeconds(3600)));

        assertThat(count("cora", "openCases")).isEqualTo(casesBefore + 1);
        assertThat(count("cora", "overdueTasks")).isEqualTo(overdueBefore + 1);
        String body = caseload("team-north");
        assertThat((java.util.List<String>) JsonPath.read(body, "$.coordinators[*].userId")).contains("cora", "colin")
                .doesNotContain("dana", "sam");

        Document page = Jsoup.parse(mvc.perform(get("/supervision/caseload").param("team", "team-north").with(sam()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#caseload-table tr[data-user=cora] td").get(1).text())
                .isEqualTo(String.valueOf(casesBefore + 1));
        assertThat(page.select("#caseload-chart").attr("data-caseload")).contains("\"labels\"").contains("Cora Lindqvist");
    }

    @Test
    void onlySupervisorsOfTheTeamSeeItsCaseload() throws Exception {
        mvc.perform(get("/api/supervision/caseload").param("team", "team-north").with(Users.cora()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/caseload").param("team", "team-east").with(sam()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/caseload").with(Users.cora())).andExpect(status().isForbidden());
    }

    @Test
    void aWholeCaseIsHandedOverWithItsTasksAndTheReceiverSeesWhy() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        reassign(sam(), "{\"caseNumbers\": [\"" + caseNumber + "\"], \"to\": \"colin\", "
                + "\"reason\": \"Cora is away until the 14th.\"}").andExpect(status().isNoContent());

        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getOwner()).isEqualTo("colin");
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("colin");
        assertThat(notices.of("colin")).filteredOn(n -> caseNumber.equals(n.getCaseNumber()))
                .extracting(Notice::getMessage).singleElement().asString()
                .contains("from Cora Lindqvist to Colin Mensah by Sam Reyes").contains("Cora is away until the 14th.");
        // the next step goes to the new owner too
        cases.complete("colin", caseNumber, "Task_Assessment", org.casecoordination.support.FormAnswers.assessment());
        assertThat(cases.task(caseNumber, "Task_PlanServices").getAssignee()).isEqualTo("colin");
    }

    @Test
    void singleTasksMoveAndMistakesChangeNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        reassign(sam(), "{\"taskIds\": [\"" + taskId + "\"], \"to\": \"dana\", \"reason\": \"Covering\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("Dana Okafor is not a coordinator of Team North."));
        reassign(sam(), "{\"taskIds\": [\"" + taskId + "\"], \"to\": \"colin\", \"reason\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        reassign(Users.colin(), "{\"taskIds\": [\"" + taskId + "\"], \"to\": \"colin\", \"reason\": \"Mine now\"}")
                .andExpect(status().isForbidden());
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");

        reassign(sam(), "{\"taskIds\": [\"" + taskId + "\"], \"to\": \"colin\", \"reason\": \"Covering this week\"}")
                .andExpect(status().isNoContent());
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("colin");
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getOwner()).as("the case stays cora's")
                .isEqualTo("cora");
    }

    private org.springframework.test.web.servlet.ResultActions reassign(UserRequestPostProcessor who, String json)
            throws Exception {
        return mvc.perform(post("/api/supervision/reassign").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String caseload(String team) throws Exception {
        return mvc.perform(get("/api/supervision/caseload").param("team", team).with(sam()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int count(String user, String field) throws Exception {
        java.util.List<Integer> values = JsonPath.read(caseload("team-north"),
                "$.coordinators[?(@.userId == '" + user + "')]." + field);
        return values.get(0);
    }
}
