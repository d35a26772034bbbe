package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.TaskFormPosts;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Two people (or two clicks) acting on one case at the same moment, over real HTTP on real threads: one claim
 * wins and the other is told who has it, a task is completed once and recorded once, and parallel branches of
 * one case completed together both go through. Never a 500.
 */
@ApplicationTest
class ConcurrentTaskActionsTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService historyService;
    @Autowired
    MockMvc mvc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoClaimsAtOnceOneWinsTheOtherIsToldWhoHasIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            String caseNumber = cases.open("team-north");
            String taskId = cases.task(caseNumber, "Task_Intake").getId();

            List<ResponseEntity<String>> answers = atOnce(
                    () -> post("cora", "/api/tasks/" + taskId + "/claim", null),
                    () -> post("colin", "/api/tasks/" + taskId + "/claim", null));

            assertThat(statuses(answers)).as("round %d", round).containsExactlyInAnyOrder(204, 409);
            String winner = answers.get(0).getStatusCode().value() == 204 ? "cora" : "colin";
            String refusal = answers.stream().filter(answer -> answer.getStatusCode().value() == 409).findFirst()
                    .orElseThrow().getBody();
            assertThat((String) JsonPath.read(refusal, "$.errors[0].message"))
                    .contains("already claimed by " + (winner.equals("cora") ? "Cora Lindqvist" : "Colin Mensah"));
            assertThat(cases.task(caseNumber, "Task_Intake").getAssignee()).isEqualTo(winner);
        }
    }

    @Test
    void twoCompletionsOfOneTaskAtOnceWriteEverythingOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String caseNumber = cases.open("team-north");
            String taskId = cases.task(caseNumber, "Task_Intake").getId();
            Map<String, Object> body = Map.of("variables", FormAnswers.intakeEligible());

            List<ResponseEntity<String>> answers = atOnce(
                    () -> post("cora", "/api/tasks/" + taskId + "/complete", body),
                    () -> post("cora", "/api/tasks/" + taskId + "/complete", body));

            assertThat(statuses(answers)).as("round %d: one completes, the other finds it done", round)
                    .contains(204).doesNotContain(500).hasSize(2)
                    .allMatch(status -> status == 204 || status == 404 || status == 409);
            assertThat(statuses(answers).stream().filter(status -> status == 204)).hasSize(1);
            Long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
            assertThat(jdbc.queryForObject("select count(*) from stage_record where case_id = ? "
                    + "and task_definition_key = 'Task_Intake'", Long.class, caseId)).isEqualTo(1);
            assertThat(cases.tasks(caseNumber, "Task_Assessment")).hasSize(1);
        }
    }

    /**
     * A double click on "Complete" after the claim (or two API calls): the task is already held, so nothing takes its
     * row lock before the completion listeners write the case's stage record, and both requests reach that insert.
     */
    @Test
    void twoCompletionsAtOnceOfATaskSomeoneHoldsCompleteItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String caseNumber = cases.open("team-north");
            String taskId = cases.task(caseNumber, "Task_Intake").getId();
            assertThat(post("cora", "/api/tasks/" + taskId + "/claim", null).getStatusCode().value()).isEqualTo(204);
            Map<String, Object> body = Map.of("variables", FormAnswers.intakeEligible());

            List<ResponseEntity<String>> answers = atOnce(
                    () -> post("cora", "/api/tasks/" + taskId + "/complete", body),
                    () -> post("cora", "/api/tasks/" + taskId + "/complete", body));

            assertThat(statuses(answers)).as("round %d: one completes, the other finds it done", round)
                    .containsExactlyInAnyOrder(204, 404);
            String refusal = answers.stream().filter(answer -> answer.getStatusCode().value() == 404).findFirst()
                    .orElseThrow().getBody();
            assertThat((String) JsonPath.read(refusal, "$.errors[0].message"))
                    .contains("no longer exists: someone may have completed it already");
            assertWrittenOnce(caseNumber, taskId, "/api/tasks/" + taskId + "/complete", "204", "404");
        }
    }

    /** The same double click on the task page's form: one goes on to the case, the other back to the list. */
    @Test
    void aDoubleClickOnCompleteAfterTheClaimCompletesOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String caseNumber = cases.open("team-north");
            String taskId = cases.task(caseNumber, "Task_Intake").getId();
            mvc.perform(MockMvcRequestBuilders.post("/tasks/{id}/claim", taskId).with(Users.cora()).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            List<MvcResult> answers = atOnce(() -> mvc.perform(TaskFormPosts.intakeByCora(taskId)).andReturn(),
                    () -> mvc.perform(TaskFormPosts.intakeByCora(taskId)).andReturn());

            assertThat(answers).as("round %d: both go somewhere a coordinator understands", round)
                    .allMatch(answer -> answer.getResponse().getStatus() == 302);
            assertThat(answers.stream().map(answer -> answer.getResponse().getRedirectedUrl()))
                    .containsExactlyInAnyOrder("/cases/" + caseNumber, "/tasks");
            MvcResult lost = answers.stream().filter(answer -> "/tasks".equals(answer.getResponse().getRedirectedUrl()))
                    .findFirst().orElseThrow();
            assertThat(String.valueOf(lost.getFlashMap().get("error")))
                    .contains("no longer exists: someone may have completed it already");
            assertWrittenOnce(caseNumber, taskId, "/tasks/" + taskId + "/complete", "302", "FAILURE");
        }
    }

    /** One stage record, one timeline entry, the read model moved on once, and each request audited. */
    private void assertWrittenOnce(String caseNumber, String taskId, String resource, String... outcomes) {
        Long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(jdbc.queryForObject("select count(*) from stage_record where case_id = ? "
                + "and task_definition_key = 'Task_Intake'", Long.class, caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry where case_id = ? and kind = ?",
                Long.class, caseId, TimelineKind.TASK_COMPLETED.name())).isEqualTo(1);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_Intake").finished().count()).isEqualTo(1);
        assertThat(cases.tasks(caseNumber, "Task_Assessment")).hasSize(1);
        assertThat(jdbc.queryForList("select task_definition_key from task_list_row where case_id = ?",
                String.class, caseId)).containsExactly("Task_Assessment");
        // each answer is sent only once its row is written (RecordAccessAuditFilter), the losing 404 too
        assertThat(jdbc.queryForList("select outcome from audit_event where action = 'CHANGE_RECORD' "
                + "and case_number = ? and resource = ?", String.class, caseNumber, "POST " + resource))
                .containsExactlyInAnyOrder(outcomes);
    }

    @Test
    void parallelBranchesOfOneCaseCompletedTogetherBothGoThrough() throws Exception {
        for (int round = 0; round < 3; round++) {
            String caseNumber = cases.open("team-north");
            cases.completeIntake("cora", caseNumber);
            cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
            cases.complete("cora", caseNumber, "Task_PlanServices",
                    FormAnswers.planServices(List.of("HOME_CARE", "ADULT_DAY_CARE")));
            // the last step of each service's arrangement: both ending at once join in the case's process
            cases.arrangeUntilConfirmation("cora", caseNumber);
            List<Task> arrangements = cases.tasks(caseNumber, "Task_ConfirmWithClient");
            assertThat(arrangements).hasSize(2);
            Map<String, Object> body = Map.of("variables", FormAnswers.confirmWithClient());

            List<ResponseEntity<String>> answers = atOnce(
                    () -> post("cora", "/api/tasks/" + arrangements.get(0).getId() + "/complete", body),
                    () -> post("cora", "/api/tasks/" + arrangements.get(1).getId() + "/complete", body));

            assertThat(statuses(answers)).as("round %d: the engine's optimistic lock is retried", round)
                    .containsExactly(204, 204);
            String instance = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
            assertThat(managementService.createJobQuery().processInstanceId(instance).timers()
                    .activityId("TimerEvent_FollowUpDue").count()).as("one follow-up timer").isEqualTo(1);
            assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage().name())
                    .isEqualTo("FOLLOW_UP");
        }
    }

    @SafeVarargs
    private <T> List<T> atOnce(java.util.concurrent.Callable<T>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Future<T>> futures = new ArrayList<>();
        for (var call : calls) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static List<Integer> statuses(List<ResponseEntity<String>> answers) {
        return answers.stream().map(answer -> answer.getStatusCode().value()).toList();
    }
}
