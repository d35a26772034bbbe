package org.casecoordination.processes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.casecoordination.processes.CaseLifecycleProcess;

/** The record and the engine agree; each way they can disagree is found, by case number, for administrators. */
@ApplicationTest
class LifecycleInvariantTests {

    @Autowired
    LifecycleInvariant invariant;
    @Autowired
    LifecycleHealthIndicator indicator;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @Test
    void casesWorkedThroughTheAppBreakNoRule() {
        String open = cases.open("team-north");
        String closed = cases.open("team-north");
        cases.completeIntake("cora", closed);
        cases.complete("cora", closed, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", closed, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeEach("cora", closed);
        managementService.executeJob(followUpTimer(closed));
        cases.complete("cora", closed, "Task_FollowUp", FormAnswers.followUp("READY_TO_CLOSE"));
        cases.complete("cora", closed, "Task_CloseCase", FormAnswers.closure("GOALS_MET"));

        assertThat(mentioned(invariant.check())).doesNotContain(open, closed);
    }

    @Test
    void anOpenCaseWhoseInstanceIsGoneIsFound() {
        String caseNumber = cases.open("team-north");
        runtimeService.deleteProcessInstance(processInstanceOf(caseNumber), "test: lost instance");

        LifecycleInvariant.Result result = invariant.check();

        assertThat(result.holds()).isFalse();
        assertThat(result.openCasesWithoutInstance().examples()).contains(caseNumber);
    }

    @Test
    void aClosedCaseWithAnActiveInstanceIsFound() {
        String caseNumber = cases.open("team-north");
        jdbc.update("update care_case set stage = 'CLOSED' where case_number = ?", caseNumber);

        assertThat(invariant.check().instancesWithoutOpenCase().examples()).contains(caseNumber);
    }

    @Test
    void aSecondInstanceForOneCaseIsFound() {
        String caseNumber = cases.open("team-north");
        runtimeService.startProcessInstanceByKey(CaseLifecycleProcess.PROCESS_KEY, caseNumber,
                Map.of("caseNumber", caseNumber, "team", "team-north", "followUpInterval", "P30D",
                        "reassessmentInterval", "P180D"));

        LifecycleInvariant.Result result = invariant.check();

        assertThat(result.casesWithSeveralInstances().examples()).contains(caseNumber);
        assertThat(result.openCasesWithoutInstance().examples()).doesNotContain(caseNumber);
    }

    @Test
    void anInstanceWaitingAtATimerWithoutItsJobIsFound() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeEach("cora", caseNumber);
        assertThat(invariant.check().instancesWaitingForNothing().examples()).doesNotContain(caseNumber);

        jdbc.update("delete from act_ru_job where id_ = ?", followUpTimer(caseNumber));

        assertThat(invariant.check().instancesWaitingForNothing().examples()).contains(caseNumber);
    }

    @Test
    void administratorsSeeTheFindingsAndEveryoneElseOnlyAStatus() {
        String caseNumber = cases.open("team-north");
        runtimeService.deleteProcessInstance(processInstanceOf(caseNumber), "test: lost instance");
        Health health = indicator.fresh();
        assertThat(health.getStatus()).isEqualTo(LifecycleHealthIndicator.INCONSISTENT);

        ResponseEntity<String> admin = rest.withBasicAuth("admin", "demo")
                .getForEntity("/actuator/health/caseLifecycle", String.class);
        assertThat(admin.getStatusCode().value()).as("an administrator's job, not a load balancer's").isEqualTo(200);
        List<String> examples = JsonPath.read(admin.getBody(), "$.details.openCasesWithoutInstance.examples");
        assertThat(examples).isNotEmpty();

        assertThat(rest.getForEntity("/actuator/health/caseLifecycle", String.class).getStatusCode().value())
                .as("no component for anyone else").isEqualTo(404);
        ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health", String.class);
        Map<String, Object> body = JsonPath.read(anonymous.getBody(), "$");
        // the probe groups' names (issue 17's liveness and readiness) and the status word: no component, no detail
        assertThat(body).containsOnlyKeys("status", "groups");
        assertThat(body.get("groups")).isEqualTo(List.of("liveness", "readiness"));
        assertThat(anonymous.getBody()).doesNotContain(caseNumber);
    }

    private String processInstanceOf(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
    }

    private String followUpTimer(String caseNumber) {
        return managementService.createJobQuery().processInstanceId(processInstanceOf(caseNumber)).timers()
                .activityId("TimerEvent_FollowUpDue").singleResult().getId();
    }

    private static List<String> mentioned(LifecycleInvariant.Result result) {
        return java.util.stream.Stream.of(result.openCasesWithoutInstance(), result.casesWithSeveralInstances(),
                        result.instancesWithoutOpenCase(), result.instancesWaitingForNothing())
                .flatMap(finding -> finding.examples().stream()).toList();
    }
}
