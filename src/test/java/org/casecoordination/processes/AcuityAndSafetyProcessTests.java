package org.casecoordination.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.casecoordination.casefile.Acuity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The acuity decision, the reassessment timer and the safety concern of processes/case-lifecycle.bpmn, on a
 * plain engine with the diagram's beans from {@link DiagramBeans}: the real decision table and acuity listener,
 * instrument results set by each test.
 */
class AcuityAndSafetyProcessTests extends CaseLifecycleDeployment {

    static final String BUSINESS_KEY = "CC-2026-000077";
    static final String TEAM = "team-north";
    static final String OWNER = "coordinator.anna";

    ProcessEngine processEngine;
    DiagramBeans beans;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        beans = DiagramBeans.register();
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
        DiagramBeans.reset();
    }

    // ------------------------------------------------------------------ the business rule task

    @Test
    void theAcuityIsDecidedWhenTheAssessmentIsCompleted() {
        ProcessInstance instance = startCase();
        completeIntake(instance);
        beans.given("PHQ9", 21, "SEVERE");

        complete(task("Task_Assessment", instance));

        assertThat(instance).hasPassedInOrder("Task_Assessment", "Task_DecideAcuity").isWaitingAt("Task_PlanServices")
                .variables().containsEntry("acuity", "HIGH").containsEntry("taskPriority", 75)
                .containsEntry("followUpInterval", "P14D").doesNotContainKey("acuityDecision");
        verify(beans.acuityUpdates).apply(BUSINESS_KEY, instance.getId(), Acuity.HIGH, 75);
    }

    @Test
    void withoutAnyInstrumentThereIsNoAcuityYetAndTheIntervalStays() {
        ProcessInstance instance = startCase();
        completeIntake(instance);

        complete(task("Task_Assessment", instance));

        assertThat(instance).hasPassed("Task_DecideAcuity").isWaitingAt("Task_PlanServices").variables()
                .doesNotContainKeys("acuity", "taskPriority", "acuityDecision")
                .containsEntry("followUpInterval", "P30D");
        verify(beans.acuityUpdates, never()).apply(anyString(), anyString(), any(), anyInt());
    }

    @Test
    void theAcuitysIntervalTimesTheFollowUp() {
        ProcessInstance instance = startCase();
        completeIntake(instance);
        beans.given("PHQ9", 3, "MINIMAL", "SAFETY");
        complete(task("Task_Assessment", instance));
        assertThat(instance).variables().containsEntry("acuity", "CRITICAL").containsEntry("followUpInterval", "P7D");

        // the plan keeps the interval the acuity set (the form offers it as the answer already given)
        complete(task("Task_PlanServices", instance), withVariables(
                "servicesNeeded", new ArrayList<>(List.of("MENTAL_HEALTH_CLINIC")), "planGoals", "Weekly contact."));
        complete(arrangeTask(), withVariables("providerName", "Riverside Clinic"));

        assertThat(instance).isWaitingAt("TimerEvent_FollowUpDue");
        assertDueIn(timer(instance, "TimerEvent_FollowUpDue"), Duration.ofDays(7));
    }

    @Test
    void needsChangeAtFollowUpDecidesTheAcuityAgain() {
        ProcessInstance instance = startCase();
        completeIntake(instance);
        beans.given("KATZADL", 4, "MODERATE_IMPAIRMENT");
        complete(task("Task_Assessment", instance));
        assertThat(instance).variables().containsEntry("acuity", "MODERATE");
        completePlanAndArrangement(instance);
        execute(timer(instance, "TimerEvent_FollowUpDue"));
        complete(task("Task_FollowUp", instance), withVariables("followUpOutcome", "NEEDS_CHANGE"));

        beans.given("KATZADL", 2, "SEVERE_IMPAIRMENT");
        complete(task("Task_Assessment", instance));

        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_DecideAcuity").count()).isEqualTo(2);
        assertThat(instance).isWaitingAt("Task_PlanServices").variables().containsEntry("acuity", "HIGH")
                .containsEntry("followUpInterval", "P14D");
        verify(beans.acuityUpdates).apply(BUSINESS_KEY, instance.getId(), Acuity.HIGH, 75);
    }

    // ------------------------------------------------------------------ reassessment

    @Test
    void reassessmentIsDueEvery180DaysWhileTheCaseIsOpenAndDecidesTheAcuityAgain() {
        ProcessInstance instance = startCase();
        completeIntake(instance);
        beans.given("GAD7", 11, "MODERATE");
        complete(task("Task_Assessment", instance));
        completePlanAndArrangement(instance);
        assertThat(instance).isWaitingAt("TimerEvent_FollowUpDue").variables().containsEntry("followUpInterval", "P30D");

        Job reassessment = timer(instance, "StartEvent_ReassessmentDue");
        assertDueIn(reassessment, Duration.ofDays(180));
        execute(reassessment);

        // reassessment runs beside the follow-up cycle, for the owner; the next one is already scheduled
        assertThat(instance).isWaitingAt("Task_Reassessment", "TimerEvent_FollowUpDue");
        assertThat(task("Task_Reassessment", instance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        assertDueIn(timer(instance, "StartEvent_ReassessmentDue"), Duration.ofDays(180));

        beans.given("GAD7", 4, "MINIMAL");
        complete(task("Task_Reassessment", instance));

        assertThat(instance).hasPassed("Task_DecideReassessedAcuity", "EndEvent_Reassessed")
                .isWaitingAt("TimerEvent_FollowUpDue").variables().containsEntry("acuity", "LOW")
                .containsEntry("followUpInterval", "P90D");
        // the next follow-up wait uses the reassessed interval
        execute(timer(instance, "TimerEvent_FollowUpDue"));
        complete(task("Task_FollowUp", instance), withVariables("followUpOutcome", "STABLE"));
        assertDueIn(timer(instance, "TimerEvent_FollowUpDue"), Duration.ofDays(90));
    }

    @Test
    void theReassessmentIntervalIsAVariable() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("CaseLifecycle", BUSINESS_KEY,
                withVariables("caseNumber", BUSINESS_KEY, "team", TEAM, "followUpInterval", "P30D",
                        "reassessmentInterval", "P90D"));
        assertDueIn(timer(instance, "StartEvent_ReassessmentDue"), Duration.ofDays(90));
    }

    @Test
    void closingTheCaseEndsTheReassessments() {
        ProcessInstance instance = startCase();
        completeIntake(instance);
        runtimeService().createMessageCorrelation("CloseCaseRequested").processInstanceBusinessKey(BUSINESS_KEY)
                .setVariable("closureReason", "MOVED_AWAY").correlate();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("StartEvent_ReassessmentDue").count()).isZero();
    }

    // ------------------------------------------------------------------ safety concern

    enum Stage { INTAKE, ASSESSMENT, PLAN, ARRANGE, FOLLOW_UP_WAIT, CLOSURE }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void aSafetyConcernCreatesTheUrgentResponseTaskWhateverTheStage(Stage stage) {
        ProcessInstance instance = startCase();
        String waitingAt = reach(instance, stage);

        raiseSafetyConcern(instance);

        assertThat(instance).isWaitingAt(waitingAt, "Task_SafetyResponse");
        Task response = task("Task_SafetyResponse", instance);
        assertThat(response).hasCandidateGroup(TEAM).isNotAssigned().hasName("Respond to safety concern");
        Assertions.assertThat(response.getPriority()).isEqualTo(100);
        Assertions.assertThat(response.getDueDate())
                .isCloseTo(Date.from(Instant.now().plus(Duration.ofHours(4))), 60_000L);

        complete(response, withVariables("clientReached", "REACHED", "safetyActions", new ArrayList<>(List.of(
                "SAFETY_PLAN")), "riskOutcome", "RISK_MANAGED", "responseSummary", "Spoke with the client."));

        assertThat(instance).hasPassed("EndEvent_SafetyResponded").isWaitingAt(waitingAt)
                .isNotWaitingAt("Task_SafetyResponse");
    }

    @Test
    void aLateResponseCallsInTheTeamsSupervisorsAndTheResponseEndsTheirTask() {
        ProcessInstance instance = startCase();
        completeIntake(instance);
        raiseSafetyConcern(instance);

        Job overdue = timer(instance, "BoundaryEvent_SafetyResponseOverdue");
        assertDueIn(overdue, Duration.ofHours(4));
        execute(overdue);

        assertThat(instance).isWaitingAt("Task_Assessment", "Task_SafetyResponse", "Task_SafetyEscalation");
        Task escalation = task("Task_SafetyEscalation", instance);
        Assertions.assertThat(escalation.getPriority()).isEqualTo(100);
        Assertions.assertThat(taskService().getIdentityLinksForTask(escalation.getId()))
                .extracting(IdentityLink::getType, IdentityLink::getUserId, IdentityLink::getGroupId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("candidate", null, "supervisors"),
                        org.assertj.core.groups.Tuple.tuple("candidate", DiagramBeans.SUPERVISORS.get(0), null));

        complete(task("Task_SafetyResponse", instance), withVariables("clientReached", "REACHED"));

        assertThat(instance).isWaitingAt("Task_Assessment").isNotWaitingAt("Task_SafetyEscalation");
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_SafetyEscalation")
                .count()).isZero();
    }

    @Test
    void theSupervisorsTaskEndsOnItsOwnWhileTheResponseStaysOpen() {
        ProcessInstance instance = startCase();
        raiseSafetyConcern(instance);
        execute(timer(instance, "BoundaryEvent_SafetyResponseOverdue"));

        complete(task("Task_SafetyEscalation", instance), withVariables("supervisorAction", "CONTACTED_OWNER"));

        assertThat(instance).hasPassed("EndEvent_SafetyEscalationHandled")
                .isWaitingAt("Task_Intake", "Task_SafetyResponse");
    }

    /** The app refuses a closure while a response is due (CloseCaseRules); the diagram itself leaves nothing open. */
    @Test
    void closingTheCaseEndsEverythingStillOpenOnIt() {
        ProcessInstance instance = startCase();
        reach(instance, Stage.CLOSURE);
        raiseSafetyConcern(instance);
        execute(timer(instance, "BoundaryEvent_SafetyResponseOverdue"));

        complete(task("Task_CloseCase", instance), withVariables("closureReason", "MOVED_AWAY"));

        assertThat(instance).hasPassed("EndEvent_CaseClosed").isEnded();
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    // ------------------------------------------------------------------ the model

    @Test
    void bothDecideAcuityTasksFeedTheDecisionEveryInputItReads() throws IOException {
        Set<String> decisionInputs;
        try (InputStream dmn = resource("processes/acuity.dmn")) {
            decisionInputs = Dmn.readModelFromStream(dmn)
                    .getModelElementsByType(InputExpression.class).stream()
                    .map(expression -> expression.getText().getTextContent().strip())
                    .collect(Collectors.toSet());
        }
        BpmnModelInstance model;
        try (InputStream bpmn = resource("processes/case-lifecycle.bpmn")) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        List<BusinessRuleTask> tasks = new ArrayList<>(
                model.getModelElementsByType(BusinessRuleTask.class).stream()
                        .filter(task -> !"ClosureApproval".equals(task.getCamundaDecisionRef())).toList());
        Assertions.assertThat(tasks).extracting(BaseElement::getId)
                .containsExactlyInAnyOrder("Task_DecideAcuity", "Task_DecideReassessedAcuity");
        for (BusinessRuleTask task : tasks) {
            Assertions.assertThat(task.getCamundaDecisionRef()).isEqualTo("Acuity");
            Assertions.assertThat(task.getCamundaDecisionRefBinding()).isEqualTo("deployment");
            Assertions.assertThat(task.getCamundaMapDecisionResult()).isEqualTo("singleResult");
            Assertions.assertThat(task.getCamundaResultVariable()).isEqualTo("acuityDecision");
            Assertions.assertThat(task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaInputOutput.class).singleResult()
                    .getCamundaInputParameters()).extracting(
                            CamundaInputParameter::getCamundaName)
                    .as("inputs of %s", task.getId()).containsExactlyInAnyOrderElementsOf(decisionInputs);
        }
    }

    private static InputStream resource(String name) {
        return AcuityAndSafetyProcessTests.class.getClassLoader().getResourceAsStream(name);
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance startCase() {
        return runtimeService().startProcessInstanceByKey("CaseLifecycle", BUSINESS_KEY, withVariables(
                "caseNumber", BUSINESS_KEY, "team", TEAM, "followUpInterval", "P30D",
                "reassessmentInterval", "P180D"));
    }

    private void completeIntake(ProcessInstance instance) {
        complete(task("Task_Intake", instance), withVariables("owner", OWNER, "eligible", true));
    }

    private void completePlanAndArrangement(ProcessInstance instance) {
        complete(task("Task_PlanServices", instance), withVariables(
                "servicesNeeded", new ArrayList<>(List.of("HOME_CARE")), "planGoals", "Stay safely at home."));
        complete(arrangeTask(), withVariables("providerName", "North Home Care"));
    }

    /** Moves a new case to the stage; returns the activity it then waits at. */
    private String reach(ProcessInstance instance, Stage stage) {
        if (stage == Stage.INTAKE) {
            return "Task_Intake";
        }
        if (stage == Stage.CLOSURE) {
            complete(task("Task_Intake", instance), withVariables(
                    "owner", OWNER, "eligible", false, "closureReason", "NOT_ELIGIBLE"));
            return "Task_CloseCase";
        }
        completeIntake(instance);
        if (stage == Stage.ASSESSMENT) {
            return "Task_Assessment";
        }
        complete(task("Task_Assessment", instance));
        if (stage == Stage.PLAN) {
            return "Task_PlanServices";
        }
        complete(task("Task_PlanServices", instance), withVariables(
                "servicesNeeded", new ArrayList<>(List.of("HOME_CARE")), "planGoals", "Stay safely at home."));
        if (stage == Stage.ARRANGE) {
            return "CallActivity_ArrangeService";
        }
        complete(arrangeTask(), withVariables("providerName", "North Home Care"));
        return "TimerEvent_FollowUpDue";
    }

    /** The stub ServiceArrangement's task, in the called instance (same business key). */
    private static Task arrangeTask() {
        return taskQuery().processInstanceBusinessKey(BUSINESS_KEY).taskDefinitionKey("Task_ArrangeServiceStub")
                .singleResult();
    }

    private void raiseSafetyConcern(ProcessInstance instance) {
        runtimeService().createMessageCorrelation("SafetyConcernRaised").processInstanceId(instance.getId())
                .correlateWithResult();
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        Job job = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(activityId).singleResult();
        Assertions.assertThat(job).as("timer of %s", activityId).isNotNull();
        return job;
    }

    private static void assertDueIn(Job job, Duration duration) {
        Assertions.assertThat(job.getDuedate()).isCloseTo(Date.from(Instant.now().plus(duration)), 60_000L);
    }
}
