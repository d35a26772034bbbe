package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /api/tasks: the task list page's lists, filters, sort, pages and counts as JSON, audited like the page. */
@ApplicationTest
class TaskListApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;

    /** Unique per test, so that the tasks other tests leave behind never match the search. */
    final String family = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void theTeamQueueAndMyTasksWithSearchCountsAndAnAuditRowNamingTheCasesShown() throws Exception {
        String ann = cases.open("team-north", family + "miller", "Ann");
        String jo = cases.open("team-north", family + "miller", "Jo");
        String south = cases.open("team-south", family + "miller", "Ann");

        JsonNode team = list(Users.colin(), "view", "team", "q", family + "Miller");
        assertThat(listRows("colin")).last().asString()
                .startsWith("API task list team queue page 1: ").contains(ann, jo).doesNotContain(south);
        assertThat(caseNumbers(team)).containsExactlyInAnyOrder(ann, jo);
        assertThat(team.get("page").asInt()).isZero();
        assertThat(team.get("hasNext").asBoolean()).isFalse();
        JsonNode row = team.get("tasks").get(0);
        assertThat(row.get("taskDefinitionKey").asText()).isEqualTo("Task_Intake");
        assertThat(row.get("clientName").asText()).contains(family);
        assertThat(row.get("stage").asText()).isEqualTo("INTAKE");
        assertThat(row.has("due") && row.has("overdue") && row.has("priority") && row.has("acuity")).isTrue();
        assertThat(caseNumbers(list(Users.colin(), "view", "team", "q", family + "miller  jo")))
                .containsExactly(jo);
        assertThat(caseNumbers(list(Users.colin(), "view", "team", "q", south))).isEmpty();
        assertThat(caseNumbers(list(Users.dana(), "view", "team", "q", family))).containsExactly(south);

        long mineBefore = list(Users.colin(), "view", "mine").get("counts").get("mine").asLong();
        long teamBefore = team.get("counts").get("team").asLong();
        String taskId = cases.task(jo, "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(Users.colin())).andExpect(status().isNoContent());

        JsonNode mine = list(Users.colin(), "q", family);
        assertThat(caseNumbers(mine)).containsExactly(jo);
        assertThat(mine.get("tasks").get(0).get("assignee").asText()).isEqualTo("colin");
        assertThat(mine.get("counts").get("mine").asLong()).isEqualTo(mineBefore + 1);
        assertThat(mine.get("counts").get("team").asLong()).isEqualTo(teamBefore - 1);
    }

    @Test
    void filtersAndSortAreThoseOfThePage() throws Exception {
        String intake = cases.open("team-north", family + "filter", "Ann");
        assertThat(caseNumbers(list(Users.colin(), "view", "team", "q", family, "stage", "INTAKE", "sort",
                "PRIORITY"))).containsExactly(intake);
        assertThat(caseNumbers(list(Users.colin(), "view", "team", "q", family, "stage", "ASSESSMENT"))).isEmpty();
        assertThat(caseNumbers(list(Users.colin(), "view", "team", "q", family, "acuity", "HIGH"))).isEmpty();
        assertThat(caseNumbers(list(Users.colin(), "view", "team", "q", family, "overdue", "true"))).isEmpty();
    }

    @Test
    void valuesTheListDoesNotKnowAre400NamingEachField() throws Exception {
        mvc.perform(get("/api/tasks").with(Users.colin()).param("view", "everyone").param("stage", "NOWHERE")
                        .param("acuity", "EXTREME").param("sort", "NAME").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "view", "page", "stage", "acuity", "sort")));
        mvc.perform(get("/api/tasks").with(Users.colin()).param("page", "two"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/tasks").with(Users.colin()).param("overdue", "maybe"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("overdue"));
        mvc.perform(get("/api/tasks").with(Users.colin()).param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void anonymousIs401AndSomeoneOfNoTeamSeesEmptyLists() throws Exception {
        mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].message").exists());
        RequestPostProcessor analyst = user("ana").authorities(() -> "GROUP_analysts");
        JsonNode none = list(analyst, "view", "team");
        assertThat(none.get("tasks")).isEmpty();
        assertThat(none.get("counts").get("mine").asLong()).isZero();
        assertThat(none.get("counts").get("team").asLong()).isZero();
    }

    private JsonNode list(RequestPostProcessor who, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/tasks").with(who);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static List<String> caseNumbers(JsonNode list) {
        List<String> numbers = new ArrayList<>();
        list.get("tasks").forEach(task -> numbers.add(task.get("caseNumber").asText()));
        return numbers;
    }

    private List<String> listRows(String actor) {
        return jdbc.queryForList("select resource from audit_event where action = 'VIEW_LIST' and actor = ? "
                + "order by id", String.class, actor);
    }
}
