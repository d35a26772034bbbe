package org.casecoordination.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The crisis call of processes/case-lifecycle.bpmn: due one clock hour later at night and on Sundays too. */
class CrisisProcessTests extends CaseLifecycleDeployment {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String BUSINESS_KEY = "CC-2026-000555";

    ProcessEngine processEngine;
    DiagramBeans beans;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        beans = DiagramBeans.register();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
        DiagramBeans.reset();
    }

    /** Tuesday 23:30, Sunday 03:15 and Sunday noon: never moved to business hours. */
    @ParameterizedTest(name = "reported {0}")
    @ValueSource(strings = {"2026-12-08T23:30", "2026-12-13T03:15", "2026-12-13T12:00"})
    void theOnCallCoordinatorMustRespondWithinOneClockHour(String reportedAt) {
        ClockUtil.setCurrentTime(date(reportedAt));
        when(beans.onCallRoster.now("team-north")).thenReturn("coordinator.oncall");
        ProcessInstance instance = startCase();

        reportCrisis(instance);

        Task response = task("Task_CrisisResponse", instance);
        Date inOneHour = Date.from(date(reportedAt).toInstant().plus(Duration.ofHours(1)));
        Assertions.assertThat(response.getDueDate()).isEqualTo(inOneHour);
        Assertions.assertThat(response.getAssignee()).isEqualTo("coordinator.oncall");
        Assertions.assertThat(response.getPriority()).isEqualTo(100);
        Assertions.assertThat(overdueTimer(instance).getDuedate()).isEqualTo(inOneHour);
        assertThat(instance).isWaitingAt("Task_Intake", "Task_CrisisResponse");
    }

    @Test
    void aMissedHourCallsInTheSupervisorsAndTheResponseEndsBoth() {
        ClockUtil.setCurrentTime(date("2026-12-13T03:15"));
        ProcessInstance instance = startCase();
        reportCrisis(instance);
        Assertions.assertThat(task("Task_CrisisResponse", instance).getAssignee()).as("nobody on call").isNull();

        ClockUtil.setCurrentTime(date("2026-12-13T04:16"));
        managementService().executeJob(overdueTimer(instance).getId());
        Task escalation = task("Task_CrisisEscalation", instance);
        Assertions.assertThat(taskService().getIdentityLinksForTask(escalation.getId()))
                .extracting(IdentityLink::getUserId).containsAll(DiagramBeans.SUPERVISORS);

        complete(task("Task_CrisisResponse", instance), withVariables("crisisAction", "VISITED"));
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).list()).extracting(Task::getTaskDefinitionKey)
                .containsExactly("Task_Intake");
    }

    @Test
    void twoCrisesOnOneCaseAreTwoResponses() {
        ProcessInstance instance = startCase();
        reportCrisis(instance);
        reportCrisis(instance);
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_CrisisResponse")
                .count()).isEqualTo(2);
    }

    private static Job overdueTimer(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_CrisisResponseOverdue").singleResult();
    }

    private static void reportCrisis(ProcessInstance instance) {
        runtimeService().createMessageCorrelation("CrisisReported").processInstanceId(instance.getId())
                .correlateWithResult();
    }

    private ProcessInstance startCase() {
        return runtimeService().startProcessInstanceByKey("CaseLifecycle", BUSINESS_KEY, withVariables(
                "caseNumber", BUSINESS_KEY, "team", "team-north",
                "followUpInterval", "P30D", "reassessmentInterval", "P180D"));
    }

    static Date date(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant());
    }
}
