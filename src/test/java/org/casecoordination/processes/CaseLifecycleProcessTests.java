package org.casecoordination.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tier-2 process tests of processes/case-lifecycle.bpmn on a plain in-memory engine (src/test/resources/camunda.cfg.xml):
 * no Spring, job executor off, timers executed explicitly. Variables are set the way the app sets them: caseNumber,
 * team and followUpInterval at start, owner when intake is completed, the form values when each task is completed,
 * closureReason with the CloseCaseRequested message.
 */
class CaseLifecycleProcessTests extends CaseLifecycleDeployment {

    static final String PROCESS_KEY = "CaseLifecycle";
    static final String BPMN_RESOURCE = "processes/case-lifecycle.bpmn";
    static final String MESSAGE_CLOSE_REQUESTED = "CloseCaseRequested";

    static final String BUSINESS_KEY = "CC-2026-000001";
    static final String TEAM = "team-north";
    static final String OWNER = "coordinator.anna";

    static final String TASK_INTAKE = "Task_Intake";
    static final String TASK_ASSESSMENT = "Task_Assessment";
    static final String TASK_PLAN_SERVICES = "Task_PlanServices";
    static final String CALL_ARRANGE_SERVICE = "CallActivity_ArrangeService";
    /** The stub ServiceArrangement's one task (ServiceArrangementProcessTests test the real one). */
    static final String TASK_ARRANGE_SERVICE = "Task_ArrangeServiceStub";
    static final String TASK_FOLLOW_UP = "Task_FollowUp";
    static final String TASK_CLOSE_CASE = "Task_CloseCase";
    static final String TIMER_FOLLOW_UP_DUE = "TimerEvent_FollowUpDue";

    /** Ids Camunda Modeler generates for new elements; analysts, code and tests must never see one. */
    static final Pattern GENERATED_ID =
            Pattern.compile("^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|SubProcess|Task|Message|Timer)_[0-9a-z]{7}$");

    ProcessEngine processEngine; // injected by ProcessEngineExtension

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
        DiagramBeans.register();
    }

    @AfterEach
    void resetAssertions() {
        BpmnAwareTests.reset();
        DiagramBeans.reset();
    }

    // ------------------------------------------------------------------ happy path

    @Test
    void happyPathRunsFromReferralThroughTwoServicesAndOneFollowUpToClosure() {
        ProcessInstance processInstance = startCase();

        assertThat(processInstance).isStarted().isWaitingAt(TASK_INTAKE);
        assertDeployedForm(task(TASK_INTAKE, processInstance), "intake");
        completeIntakeAsEligible(processInstance);

        assertThat(processInstance).isWaitingAt(TASK_ASSESSMENT);
        assertDeployedForm(task(TASK_ASSESSMENT, processInstance), "assessment");
        completeAssessment(processInstance);

        assertThat(processInstance).isWaitingAt(TASK_PLAN_SERVICES);
        assertDeployedForm(task(TASK_PLAN_SERVICES, processInstance), "plan-services");
        completePlan(processInstance, "TRANSPORTATION", "HOME_CARE");

        assertThat(processInstance).isWaitingAt(CALL_ARRANGE_SERVICE);
        List<Task> arrangeTasks = arrangeTasks(processInstance);
        Assertions.assertThat(arrangeTasks).hasSize(2);
        for (Task arrangeTask : arrangeTasks) {
            assertThat(arrangeTask).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        }
        Assertions.assertThat(serviceTypes(arrangeTasks)).containsExactlyInAnyOrder("TRANSPORTATION", "HOME_CARE");

        complete(arrangeTasks.get(0), arrangement("Ride Ahead"));
        assertThat(processInstance).isWaitingAt(CALL_ARRANGE_SERVICE);
        Assertions.assertThat(arrangeTasks(processInstance)).hasSize(1);
        complete(arrangeTasks.get(1), arrangement("North Home Care"));

        assertThat(processInstance).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        Assertions.assertThat(taskQuery().processInstanceId(processInstance.getId()).count()).isZero();
        Job timer = followUpTimer(processInstance);
        Assertions.assertThat(timer.getDuedate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(30))), 60_000L);

        execute(followUpTimer(processInstance));

        assertThat(processInstance).isWaitingAt(TASK_FOLLOW_UP);
        assertThat(task(TASK_FOLLOW_UP, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        assertDeployedForm(task(TASK_FOLLOW_UP, processInstance), "follow-up");
        completeFollowUp(processInstance, "READY_TO_CLOSE");

        assertThat(processInstance).isWaitingAt(TASK_CLOSE_CASE);
        assertThat(task(TASK_CLOSE_CASE, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        assertDeployedForm(task(TASK_CLOSE_CASE, processInstance), "close-case");
        completeCloseCase(processInstance, "GOALS_MET");

        assertThat(processInstance).isEnded().hasPassedInOrder(
                "StartEvent_ReferralReceived", "StartEvent_CaseWork", TASK_INTAKE, "Gateway_Eligible",
                "Gateway_Reassess", TASK_ASSESSMENT, "Task_DecideAcuity", TASK_PLAN_SERVICES, CALL_ARRANGE_SERVICE,
                "Gateway_NextFollowUp", TIMER_FOLLOW_UP_DUE, TASK_FOLLOW_UP, "Gateway_FollowUpOutcome",
                "EndEvent_ReadyToClose", TASK_CLOSE_CASE, "EndEvent_CaseClosed")
                .hasNotPassed("EndEvent_NotEligible", "SubProcess_CloseEarly");
        Assertions.assertThat(historicVariable(processInstance, "closureReason")).isEqualTo("GOALS_MET");
    }

    // ------------------------------------------------------------------ ending at intake

    @Test
    void notEligibleAtIntakeGoesToClosureWithTheReasonKept() {
        assertEndsAtIntake("NOT_ELIGIBLE");
    }

    @Test
    void clientDeclinedAtIntakeGoesToClosureWithTheReasonKept() {
        assertEndsAtIntake("CLIENT_DECLINED");
    }

    @Test
    void unableToContactAtIntakeGoesToClosureWithTheReasonKept() {
        assertEndsAtIntake("UNABLE_TO_CONTACT");
    }

    private void assertEndsAtIntake(String closureReason) {
        ProcessInstance processInstance = startCase();

        complete(task(TASK_INTAKE, processInstance), withVariables(
                "owner", OWNER, "eligible", false, "closureReason", closureReason));

        assertThat(processInstance).isWaitingAt(TASK_CLOSE_CASE)
                .hasPassed("Gateway_Eligible", "EndEvent_NotEligible")
                .hasNotPassed(TASK_ASSESSMENT, "EndEvent_ReadyToClose", "EndEvent_WorkCancelled");
        assertThat(task(TASK_CLOSE_CASE, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        Assertions.assertThat(runtimeService().getVariable(processInstance.getId(), "closureReason"))
                .isEqualTo(closureReason);

        complete(task(TASK_CLOSE_CASE, processInstance), withVariables("closureReason", closureReason));
        if (List.of("UNABLE_TO_CONTACT", "CLIENT_DECLINED").contains(closureReason)) {
            // a client never reached or declining needs a supervisor's approval (ClosureApprovalProcessTests)
            complete(task("Task_ApproveClosure", processInstance), withVariables("closureDecision", "APPROVE"));
        }
        assertThat(processInstance).isEnded().hasPassed("EndEvent_CaseClosed");
        Assertions.assertThat(historicVariable(processInstance, "closureReason")).isEqualTo(closureReason);
    }

    // ------------------------------------------------------------------ loops

    @Test
    void needsChangeAtFollowUpLoopsBackToAssessment() {
        ProcessInstance processInstance = startCase();
        completeIntakeAsEligible(processInstance);
        completeAssessment(processInstance);
        completePlan(processInstance, "HOME_CARE");
        complete(arrangeTask(processInstance), arrangement("North Home Care"));
        execute(followUpTimer(processInstance));

        completeFollowUp(processInstance, "NEEDS_CHANGE");

        assertThat(processInstance).isWaitingAt(TASK_ASSESSMENT).hasNotPassed("EndEvent_ReadyToClose");
        assertThat(task(TASK_ASSESSMENT, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        Assertions.assertThat(reachedCount(processInstance, TASK_ASSESSMENT)).isEqualTo(2);
        Assertions.assertThat(reachedCount(processInstance, "Gateway_Reassess")).isEqualTo(2);
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(processInstance.getId())
                .activityId(TIMER_FOLLOW_UP_DUE).count()).isZero();

        // the reassessed plan replaces the services and the interval
        completeAssessment(processInstance);
        complete(task(TASK_PLAN_SERVICES, processInstance), withVariables(
                "servicesNeeded", new ArrayList<>(List.of("MENTAL_HEALTH_CLINIC")),
                "planGoals", "Weekly counselling while the client settles in.",
                "followUpInterval", "P7D"));
        Assertions.assertThat(serviceTypes(arrangeTasks(processInstance))).containsExactly("MENTAL_HEALTH_CLINIC");
        complete(arrangeTask(processInstance), arrangement("Riverside Clinic"));

        assertThat(processInstance).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        Assertions.assertThat(followUpTimer(processInstance).getDuedate())
                .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(7))), 60_000L);
    }

    @Test
    void stableFollowUpWaitsForTheTimerAgainTwiceBeforeClosing() {
        ProcessInstance processInstance = startCase();
        completeIntakeAsEligible(processInstance);
        completeAssessment(processInstance);
        completePlan(processInstance, "ADULT_DAY_CARE");
        complete(arrangeTask(processInstance), arrangement("Sunrise Day Centre"));

        for (int cycle = 1; cycle <= 2; cycle++) {
            assertThat(processInstance).isWaitingAt(TIMER_FOLLOW_UP_DUE);
            Assertions.assertThat(followUpTimer(processInstance).getDuedate())
                    .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(30))), 60_000L);
            execute(followUpTimer(processInstance));
            completeFollowUp(processInstance, "STABLE");
        }

        assertThat(processInstance).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        Assertions.assertThat(reachedCount(processInstance, TASK_FOLLOW_UP)).isEqualTo(2);
        Assertions.assertThat(reachedCount(processInstance, "Gateway_NextFollowUp")).isEqualTo(3);
        Assertions.assertThat(reachedCount(processInstance, TASK_ASSESSMENT)).isEqualTo(1);

        execute(followUpTimer(processInstance));
        completeFollowUp(processInstance, "READY_TO_CLOSE");
        assertThat(processInstance).isWaitingAt(TASK_CLOSE_CASE);
        Assertions.assertThat(reachedCount(processInstance, TIMER_FOLLOW_UP_DUE)).isEqualTo(3);
    }

    // ------------------------------------------------------------------ parallel services

    @Test
    void threeServicesAreArrangedInParallelAndFollowUpWaitsForAllOfThem() {
        ProcessInstance processInstance = startCase();
        completeIntakeAsEligible(processInstance);
        completeAssessment(processInstance);
        completePlan(processInstance, "TRANSPORTATION", "HOME_CARE", "SOCIAL_SERVICES");

        List<Task> arrangeTasks = arrangeTasks(processInstance);
        Assertions.assertThat(arrangeTasks).hasSize(3);
        Assertions.assertThat(serviceTypes(arrangeTasks))
                .containsExactlyInAnyOrder("TRANSPORTATION", "HOME_CARE", "SOCIAL_SERVICES");
        for (Task arrangeTask : arrangeTasks) {
            assertThat(arrangeTask).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        }

        complete(arrangeTasks.get(2), arrangement("Legal Aid North"));
        complete(arrangeTasks.get(0), arrangement("Ride Ahead"));
        assertThat(processInstance).isWaitingAt(CALL_ARRANGE_SERVICE).isNotWaitingAt(TIMER_FOLLOW_UP_DUE);
        Assertions.assertThat(arrangeTasks(processInstance)).extracting(Task::getId)
                .containsExactly(arrangeTasks.get(1).getId());

        complete(arrangeTasks.get(1), arrangement("North Home Care"));
        assertThat(processInstance).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        Assertions.assertThat(reachedCount(processInstance, CALL_ARRANGE_SERVICE)).isEqualTo(3);
    }

    // ------------------------------------------------------------------ closing early

    @Test
    void closeEarlyDuringIntakeOffersClosureToTheTeam() {
        ProcessInstance processInstance = startCase();
        assertThat(processInstance).isWaitingAt(TASK_INTAKE);

        requestClosure("DECEASED");

        assertClosedEarly(processInstance);
        // no owner yet: nobody completed intake, so the closure task goes to the team
        assertThat(task(TASK_CLOSE_CASE, processInstance)).isNotAssigned().hasCandidateGroup(TEAM);
        Assertions.assertThat(canceledCount(processInstance, TASK_INTAKE)).isEqualTo(1);

        finishClosure(processInstance);
    }

    @Test
    void closeEarlyDuringAssessmentCancelsTheAssessment() {
        ProcessInstance processInstance = startCase();
        completeIntakeAsEligible(processInstance);
        assertThat(processInstance).isWaitingAt(TASK_ASSESSMENT);

        requestClosure("DECEASED");

        assertClosedEarly(processInstance);
        assertThat(task(TASK_CLOSE_CASE, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        Assertions.assertThat(canceledCount(processInstance, TASK_ASSESSMENT)).isEqualTo(1);

        finishClosure(processInstance);
    }

    @Test
    void closeEarlyWhileArrangingCancelsEveryOpenArrangement() {
        ProcessInstance processInstance = startCase();
        completeIntakeAsEligible(processInstance);
        completeAssessment(processInstance);
        completePlan(processInstance, "TRANSPORTATION", "HOME_CARE", "NURSING_HOME");
        complete(arrangeTasks(processInstance).get(0), arrangement("Ride Ahead"));
        Assertions.assertThat(arrangeTasks(processInstance)).hasSize(2);

        requestClosure("DECEASED");

        assertClosedEarly(processInstance);
        assertThat(task(TASK_CLOSE_CASE, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        Assertions.assertThat(arrangeTasks(processInstance)).isEmpty();
        Assertions.assertThat(canceledCount(processInstance, CALL_ARRANGE_SERVICE)).isEqualTo(2);

        finishClosure(processInstance);
    }

    @Test
    void closeEarlyWhileWaitingForFollowUpCancelsTheTimer() {
        ProcessInstance processInstance = startCase();
        completeIntakeAsEligible(processInstance);
        completeAssessment(processInstance);
        completePlan(processInstance, "HOME_CARE");
        complete(arrangeTask(processInstance), arrangement("North Home Care"));
        assertThat(processInstance).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        Assertions.assertThat(followUpTimer(processInstance)).isNotNull();

        requestClosure("DECEASED");

        assertClosedEarly(processInstance);
        assertThat(task(TASK_CLOSE_CASE, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        Assertions.assertThat(canceledCount(processInstance, TIMER_FOLLOW_UP_DUE)).isEqualTo(1);
        Assertions.assertThat(reachedCount(processInstance, TASK_FOLLOW_UP)).isZero();

        finishClosure(processInstance);
    }

    @Test
    void closeRequestOnceTheCaseIsAtClosureFindsNoReceiver() {
        ProcessInstance processInstance = startCase();
        complete(task(TASK_INTAKE, processInstance), withVariables(
                "owner", OWNER, "eligible", false, "closureReason", "CLIENT_DECLINED"));
        assertThat(processInstance).isWaitingAt(TASK_CLOSE_CASE);

        Assertions.assertThatThrownBy(() -> requestClosure("DECEASED"))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        Assertions.assertThat(runtimeService().getVariable(processInstance.getId(), "closureReason"))
                .isEqualTo("CLIENT_DECLINED");
    }

    private void requestClosure(String closureReason) {
        runtimeService().createMessageCorrelation(MESSAGE_CLOSE_REQUESTED)
                .processInstanceBusinessKey(BUSINESS_KEY)
                .setVariable("closureReason", closureReason)
                .correlateWithResult();
    }

    private void assertClosedEarly(ProcessInstance processInstance) {
        String id = processInstance.getId();
        assertThat(processInstance).isWaitingAt(TASK_CLOSE_CASE)
                .hasPassed("StartEvent_CloseRequested", "EndEvent_WorkCancelled")
                .hasNotPassed("EndEvent_NotEligible", "EndEvent_ReadyToClose");
        Assertions.assertThat(taskQuery().processInstanceId(id).list()).extracting(Task::getTaskDefinitionKey)
                .containsExactly(TASK_CLOSE_CASE);
        // the only timer left is the closure task's own overdue timer
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(id).count()).isOne();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(id)
                .activityId("BoundaryEvent_CloseCaseOverdue").count()).isOne();
        Assertions.assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(id)
                .eventName(MESSAGE_CLOSE_REQUESTED).count()).isZero();
        Assertions.assertThat(runtimeService().getActiveActivityIds(id)).containsExactly(TASK_CLOSE_CASE);
        Assertions.assertThat(runtimeService().getVariable(id, "closureReason")).isEqualTo("DECEASED");
    }

    private void finishClosure(ProcessInstance processInstance) {
        completeCloseCase(processInstance, "DECEASED");
        assertThat(processInstance).isEnded().hasPassed("EndEvent_CaseClosed");
        Assertions.assertThat(historicVariable(processInstance, "closureReason")).isEqualTo("DECEASED");
    }

    // ------------------------------------------------------------------ assignment

    @Test
    void intakeIsOfferedToTheTeamWithoutAssignee() {
        ProcessInstance processInstance = startCase();

        Task intake = task(TASK_INTAKE, processInstance);
        assertThat(intake).isNotAssigned().hasCandidateGroup(TEAM);
        Assertions.assertThat(taskService().getIdentityLinksForTask(intake.getId()))
                .extracting(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId())
                .containsExactly("candidate:" + TEAM + ":null");
        Assertions.assertThat(taskQuery().taskCandidateGroup(TEAM).processInstanceBusinessKey(BUSINESS_KEY).count())
                .isEqualTo(1);
    }

    @Test
    void everyTaskAfterIntakeIsAssignedToTheOwnerAndVisibleToTheTeam() {
        ProcessInstance processInstance = startCase();
        completeIntakeAsEligible(processInstance);
        assertThat(task(TASK_ASSESSMENT, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        completeAssessment(processInstance);
        assertThat(task(TASK_PLAN_SERVICES, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        completePlan(processInstance, "REHABILITATION");
        assertThat(arrangeTask(processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        complete(arrangeTask(processInstance), arrangement("Lakeside Rehabilitation"));
        execute(followUpTimer(processInstance));
        assertThat(task(TASK_FOLLOW_UP, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);
        completeFollowUp(processInstance, "READY_TO_CLOSE");
        assertThat(task(TASK_CLOSE_CASE, processInstance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);

        Assertions.assertThat(taskQuery().taskAssignee(OWNER).processInstanceBusinessKey(BUSINESS_KEY).count())
                .isEqualTo(1);
    }

    // ------------------------------------------------------------------ the model itself

    @Test
    void modelFollowsTheProjectConventions() throws IOException {
        BpmnModelInstance model = readModel();

        Process process = model.getModelElementById(PROCESS_KEY);
        Assertions.assertThat(process).as("process %s", PROCESS_KEY).isNotNull();
        Assertions.assertThat(process.isExecutable()).isTrue();
        Assertions.assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
        Assertions.assertThat(process.getName()).isEqualTo("Case lifecycle");

        // every user task opens a Camunda Form deployed with it, and the form file carries that id
        Map<String, String> formRefs = new HashMap<>();
        for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
            String formRef = userTask.getCamundaFormRef();
            Assertions.assertThat(formRef).as("formRef of %s", userTask.getId()).isNotBlank();
            Assertions.assertThat(userTask.getCamundaFormRefBinding()).as("formRefBinding of %s", userTask.getId())
                    .isEqualTo("deployment");
            // case work goes to the team; a task only supervisors may complete, to the supervisors (the team's
            // supervisors are its candidate users)
            Assertions.assertThat(userTask.getCamundaCandidateGroups()).as("candidateGroups of %s", userTask.getId())
                    .isIn("${team}", "supervisors");
            Assertions.assertThat(readFormId("forms/" + formRef + ".form")).as("id in forms/%s.form", formRef)
                    .isEqualTo(formRef);
            formRefs.put(userTask.getId(), formRef);
        }
        Assertions.assertThat(formRefs).isEqualTo(Map.ofEntries(
                Map.entry(TASK_INTAKE, "intake"),
                Map.entry(TASK_ASSESSMENT, "assessment"),
                Map.entry(TASK_PLAN_SERVICES, "plan-services"),
                Map.entry(TASK_FOLLOW_UP, "follow-up"),
                Map.entry(TASK_CLOSE_CASE, "close-case"),
                Map.entry("Task_Reassessment", "assessment"),
                Map.entry("Task_SafetyResponse", "safety-response"),
                Map.entry("Task_SafetyEscalation", "safety-escalation"),
                Map.entry("Task_ReviewEscalation", "review-escalation"),
                Map.entry("Task_ApproveClosure", "approve-closure"),
                Map.entry("Task_CrisisResponse", "crisis-response"),
                Map.entry("Task_CrisisEscalation", "crisis-escalation")));

        // the diagram shows every flow node and every sequence flow
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        for (FlowNode flowNode : model.getModelElementsByType(FlowNode.class)) {
            Assertions.assertThat(shapes).as("BPMNShape for %s", flowNode.getId()).contains(flowNode.getId());
        }
        Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .collect(Collectors.toMap(edge -> edge.getBpmnElement().getId(), edge -> edge));
        for (SequenceFlow sequenceFlow : model.getModelElementsByType(SequenceFlow.class)) {
            Assertions.assertThat(edges).as("BPMNEdge for %s", sequenceFlow.getId()).containsKey(sequenceFlow.getId());
            Assertions.assertThat(edges.get(sequenceFlow.getId()).getWaypoints()).as("waypoints of %s", sequenceFlow.getId())
                    .hasSizeGreaterThanOrEqualTo(2);
        }

        // meaningful ids and names everywhere
        List<BaseElement> identified = new ArrayList<>(model.getModelElementsByType(FlowElement.class));
        identified.addAll(model.getModelElementsByType(Message.class));
        for (BaseElement element : identified) {
            Assertions.assertThat(element.getId()).as("id of a %s", element.getElementType().getTypeName())
                    .doesNotMatch(GENERATED_ID);
        }
        for (FlowNode flowNode : model.getModelElementsByType(FlowNode.class)) {
            Assertions.assertThat(flowNode.getName()).as("name of %s", flowNode.getId()).isNotBlank();
        }

        // the stage each step belongs to, read by the app
        Map<String, String> stages = new HashMap<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            stageOf(element).forEach(stage -> stages.put(element.getId(), stage));
        }
        Assertions.assertThat(stages).isEqualTo(Map.of(
                TASK_INTAKE, "INTAKE",
                TASK_ASSESSMENT, "ASSESSMENT",
                TASK_PLAN_SERVICES, "SERVICE_ARRANGEMENT",
                CALL_ARRANGE_SERVICE, "SERVICE_ARRANGEMENT",
                TIMER_FOLLOW_UP_DUE, "FOLLOW_UP",
                TASK_FOLLOW_UP, "FOLLOW_UP",
                TASK_CLOSE_CASE, "CLOSURE",
                "Task_ApproveClosure", "CLOSURE",
                "EndEvent_CaseClosed", "CLOSED"));

        // parallel, one task per service type
        CallActivity arrange = model.getModelElementById(CALL_ARRANGE_SERVICE);
        Assertions.assertThat(arrange.getCalledElement()).isEqualTo("ServiceArrangement");
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) arrange.getLoopCharacteristics();
        Assertions.assertThat(loop.isSequential()).isFalse();
        Assertions.assertThat(loop.getCamundaCollection()).isEqualTo("${servicesNeeded}");
        Assertions.assertThat(loop.getCamundaElementVariable()).isEqualTo("serviceType");
    }

    private static List<String> stageOf(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return List.of();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> "stage".equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .toList();
    }

    private static BpmnModelInstance readModel() throws IOException {
        try (InputStream in = resource(BPMN_RESOURCE)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static String readFormId(String resourceName) throws IOException {
        try (InputStream in = resource(resourceName)) {
            JsonNode form = new ObjectMapper().readTree(in);
            return form.path("id").asText(null);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CaseLifecycleProcessTests.class.getClassLoader().getResourceAsStream(name);
        Assertions.assertThat(in).as("classpath resource %s", name).isNotNull();
        return in;
    }

    // ------------------------------------------------------------------ steps, as the app performs them

    private ProcessInstance startCase() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY, withVariables(
                "caseNumber", BUSINESS_KEY,
                "team", TEAM,
                "followUpInterval", "P30D",
                "reassessmentInterval", "P180D"));
    }

    private void completeIntakeAsEligible(ProcessInstance processInstance) {
        complete(task(TASK_INTAKE, processInstance), withVariables("owner", OWNER, "eligible", true));
    }

    private void completeAssessment(ProcessInstance processInstance) {
        complete(task(TASK_ASSESSMENT, processInstance));
    }

    private void completePlan(ProcessInstance processInstance, String... services) {
        // an ArrayList: List.of would be stored under the JDK-internal type name java.util.ImmutableCollections$ListN
        complete(task(TASK_PLAN_SERVICES, processInstance), withVariables(
                "servicesNeeded", new ArrayList<>(List.of(services)),
                "planGoals", "Keep the client safely at home.",
                "followUpInterval", "P30D"));
    }

    private static Map<String, Object> arrangement(String providerName) {
        return withVariables("providerName", providerName);
    }

    private void completeFollowUp(ProcessInstance processInstance, String outcome) {
        complete(task(TASK_FOLLOW_UP, processInstance), withVariables("followUpOutcome", outcome));
    }

    private void completeCloseCase(ProcessInstance processInstance, String closureReason) {
        complete(task(TASK_CLOSE_CASE, processInstance), withVariables("closureReason", closureReason));
    }

    // ------------------------------------------------------------------ queries

    private static List<Task> arrangeTasks(ProcessInstance processInstance) {
        return taskQuery().processInstanceBusinessKey(processInstance.getBusinessKey())
                .taskDefinitionKey(TASK_ARRANGE_SERVICE).orderByTaskId().asc().list();
    }

    private static Task arrangeTask(ProcessInstance processInstance) {
        List<Task> tasks = arrangeTasks(processInstance);
        Assertions.assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static List<String> serviceTypes(Collection<Task> tasks) {
        List<String> types = new ArrayList<>();
        for (Task task : tasks) {
            types.add((String) taskService().getVariable(task.getId(), "serviceType"));
        }
        Assertions.assertThat(new HashSet<>(types)).as("one task per service type").hasSameSizeAs(types);
        return types;
    }

    private static Job followUpTimer(ProcessInstance processInstance) {
        Job timer = managementService().createJobQuery().processInstanceId(processInstance.getId()).timers()
                .activityId(TIMER_FOLLOW_UP_DUE).singleResult();
        Assertions.assertThat(timer).as("follow-up timer").isNotNull();
        return timer;
    }

    /** How often the token reached the activity, including an instance that is still active. */
    private static long reachedCount(ProcessInstance processInstance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(processInstance.getId())
                .activityId(activityId).count();
    }

    private static long canceledCount(ProcessInstance processInstance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(processInstance.getId())
                .activityId(activityId).canceled().count();
    }

    private static Object historicVariable(ProcessInstance processInstance, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(processInstance.getId())
                .variableName(name).singleResult().getValue();
    }

    private static void assertDeployedForm(Task task, String formId) {
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            Assertions.assertThat(new ObjectMapper().readTree(json).path("id").asText())
                    .as("deployed form of %s", task.getTaskDefinitionKey()).isEqualTo(formId);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
