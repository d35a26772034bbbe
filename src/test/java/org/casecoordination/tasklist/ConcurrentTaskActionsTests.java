package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

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
    private List<ResponseEntity<String>> atOnce(java.util.concurrent.Callable<ResponseEntity<String>>... calls)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
        for (var call : calls) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<ResponseEntity<String>> answers = new ArrayList<>();
        for (Future<ResponseEntity<String>> future : futures) {
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
