package org.casecoordination.processes.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.casecoordination.support.ApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A hand-built process with known times: version 1 has 11 cases that each spent i days and 4 hours (i = 1..11) in
 * "Review the plan", then wait in "Approve the plan", which 3 of them have finished; version 2 replaced the
 * approval by a check and has no case yet.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhereCasesWaitTests {

    static final String KEY = "WhereCasesWaitTest";
    static final String PAGE = "/processes/" + KEY + "/waiting";
    static final String JSON_V1 = "/processes/" + KEY + "/versions/1/waiting";

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    static RequestPostProcessor ana() {
        return user("ana").authorities(() -> "GROUP_analysts");
    }

    private final List<String> deployments = new ArrayList<>();

    @BeforeAll
    void cases() {
        deploy(Bpmn.createExecutableProcess(KEY).name("Wait test").camundaHistoryTimeToLive(30)
                .startEvent("Start").name("Referral received")
                .userTask("Task_Review").name("Review the plan")
                .userTask("Task_Approve").name("Approve the plan")
                .endEvent("End").name("Plan approved").done());
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        List<ProcessInstance> instances = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            instances.add(runtimeService.startProcessInstanceByKey(KEY, "WAIT-CASE-" + i));
        }
        for (int i = 1; i <= 11; i++) {
            ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(i).plusHours(4))));
            complete(instances.get(i - 1), "Task_Review", "cora");
        }
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(20))));
        for (int i = 0; i < 3; i++) {
            complete(instances.get(i), "Task_Approve", "sam");
        }
        ClockUtil.reset();
        deploy(Bpmn.createExecutableProcess(KEY).name("Wait test").camundaHistoryTimeToLive(30)
                .startEvent("Start").name("Referral received")
                .userTask("Task_Review").name("Review the plan")
                .userTask("Task_Check").name("Check the plan")
                .endEvent("End").name("Plan approved").done());
    }

    /** The engine is shared with the other test classes: the process goes with its cases and their history. */
    @AfterAll
    void remove() {
        ClockUtil.reset();
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    private void deploy(BpmnModelInstance diagram) {
        String spanish = "{\"diagram\": \"where-cases-wait-test\", \"language\": \"es\", \"names\": {\"Task_Review\":"
                + " \"Revisar el plan\", \"Task_Check\": \"Comprobar el plan\"}}";
        deployments.add(repositoryService.createDeployment().name(KEY)
                .addModelInstance("processes/where-cases-wait-test.bpmn", diagram)
                .addString("processes/where-cases-wait-test.es.json", spanish).deploy().getId());
    }

    /** Completed by a person, whose name must not reach the figures. */
    private void complete(ProcessInstance instance, String taskKey, String user) {
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult().getId();
        taskService.setAssignee(taskId, user);
        taskService.complete(taskId);
    }

    @Test
    void eachStepHasItsCountsMedianAndP90WithSmallCountsHidden() throws Exception {
        mvc.perform(get(JSON_V1).with(ana()).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.xml").isString())
                // 11 passed, none waits; median of 1..11 days (+4 h) is the 6th; p90 interpolates to the 10th
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Review')].passed").value(11))
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Review')].passedWords").value("11"))
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Review')].waitingWords").value("0"))
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Review')].median").value("6 days 4 hours"))
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Review')].medianSeconds")
                        .value((int) Duration.ofDays(6).plusHours(4).toSeconds()))
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Review')].p90").value("10 days 4 hours"))
                // 3 finished and 8 wait: both read "fewer than 11", and no times are shown for 3 cases
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Approve')].passedWords").value("fewer than 11"))
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Approve')].waitingWords").value("fewer than 11"))
                .andExpect(jsonPath("$.steps[?(@.element == 'Task_Approve')].median")
                        .value("not shown (fewer than 11 cases)"))
                .andExpect(jsonPath("$.steps[?(@.element == 'End')].passedWords").value("fewer than 11"))
                .andExpect(jsonPath("$.steps[?(@.element == 'Start')].passedWords").value("11"));
    }

    @Test
    void noCountFromOneToTenAndNothingThatIdentifiesACaseOrAPersonIsInTheAnswer() throws Exception {
        String json = mvc.perform(get(JSON_V1).with(ana()).accept("application/json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String figures = json.substring(json.indexOf("\"steps\""));
        assertThat(figures).doesNotContainPattern("\"(passed|waiting)\":([1-9]|10)[,}]")
                .contains("\"passed\":null", "\"waiting\":null");
        String page = mvc.perform(get(PAGE).param("version", "1").with(ana())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String answer : List.of(json, page)) {
            assertThat(answer).doesNotContain("WAIT-CASE", "cora", "\"sam\"", ">sam<");
            runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list()
                    .forEach(instance -> assertThat(answer).doesNotContain(instance.getId()));
        }
    }

    @Test
    void thePageListsTheSlowestStepsByNameNeverById() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(PAGE).param("version", "1").with(ana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element first = page.select("#slowest tbody tr").first();
        assertThat(first.select("th").text()).isEqualTo("Review the plan");
        assertThat(first.select("td").eachText()).containsExactly("10 days 4 hours", "6 days 4 hours", "11", "0");
        assertThat(page.select("#slowest tbody th").eachText()).contains("Approve the plan", "Referral received");
        assertThat(page.select("section").text()).doesNotContain("Task_", "Start", "End");
        assertThat(page.select("#waiting-diagram").attr("data-src")).isEqualTo(JSON_V1);
        Document versions = Jsoup.parse(mvc.perform(get("/processes/" + KEY).with(ana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(versions.select("#waiting-link").attr("href")).isEqualTo(PAGE);
    }

    @Test
    void twoVersionsSideBySideMarkWhatIsInOneOnly() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(PAGE).param("version", "2").param("compare", "1").with(ana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> rows = page.select("#comparison tbody tr").eachText();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Review the plan 10 days 4 hours not shown")
                .endsWith("too few cases to compare 11 0"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Check the plan").contains("only in version 2"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Approve the plan")
                .contains("only in version 1"));
    }

    @Test
    void aSpanishAnalystReadsSpanishWordsAndTheDiagramsSpanishNames() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(PAGE).param("version", "1").with(ana())
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).startsWith("Dónde esperan los casos");
        Element first = page.select("#slowest tbody tr").first();
        assertThat(first.select("th").text()).isEqualTo("Revisar el plan");
        assertThat(first.select("td").eachText()).containsExactly("10 días 4 horas", "6 días 4 horas", "11", "0");
        assertThat(page.select("#slowest tbody").text()).contains("menos de 11", "no se muestra (menos de 11 casos)");
    }

    @Test
    void aCoordinatorOrSupervisorIsRefusedThePageAndTheFigures() throws Exception {
        RequestPostProcessor cora = user("cora").authorities(() -> "GROUP_coordinators", () -> "GROUP_team-north");
        RequestPostProcessor sam = user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north");
        for (RequestPostProcessor someone : List.of(cora, sam)) {
            mvc.perform(get(PAGE).with(someone)).andExpect(status().isForbidden());
            mvc.perform(get(JSON_V1).with(someone).accept("application/json")).andExpect(status().isForbidden());
            mvc.perform(get("/api" + JSON_V1).with(someone)).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.errors[0].message").isString());
        }
        mvc.perform(get("/api" + JSON_V1).with(user("root").authorities(() -> "GROUP_camunda-admin")))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownVersionIsNotFoundSayingWhich() throws Exception {
        mvc.perform(get("/api/processes/" + KEY + "/versions/9/waiting").with(ana()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no version 9 of " + KEY));
    }
}
