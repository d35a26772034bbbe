package org.casecoordination.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/closure-approval.dmn and the approval step after "Close case", on a plain engine. */
class ClosureApprovalProcessTests extends CaseLifecycleDeployment {

    static final String BUSINESS_KEY = "CC-2026-000321";
    static final String OWNER = "coordinator.anna";

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        DiagramBeans.register();
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
        DiagramBeans.reset();
    }

    @ParameterizedTest(name = "{0} at acuity {1}: approval {2}")
    @CsvSource(nullValues = "NONE", value = {
            "UNABLE_TO_CONTACT, NONE, true",
            "CLIENT_DECLINED, LOW, true",
            "GOALS_MET, HIGH, true",
            "GOALS_MET, CRITICAL, true",
            "GOALS_MET, MODERATE, false",
            "GOALS_MET, NONE, false",
            "MOVED_AWAY, LOW, false",
            "DECEASED, NONE, false"})
    void theDecisionTable(String closureReason, String acuity, boolean approvalRequired) {
        DmnDecisionTableResult result = processEngine.getDecisionService().evaluateDecisionTableByKey(
                "ClosureApproval", Variables.createVariables().putValue("closureReason", closureReason)
                        .putValue("caseAcuity", acuity));
        Assertions.assertThat((Object) result.getSingleEntry()).isEqualTo(approvalRequired);
    }

    @Test
    void anApprovedClosureClosesTheCase() {
        ProcessInstance instance = closeCase("CLIENT_DECLINED", null);
        assertThat(instance).isWaitingAt("Task_ApproveClosure");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task("Task_ApproveClosure", instance).getId()))
                .extracting(IdentityLink::getUserId).containsAll(DiagramBeans.SUPERVISORS);

        complete(task("Task_ApproveClosure", instance), withVariables("closureDecision", "APPROVE"));
        assertThat(instance).isEnded().hasPassed("EndEvent_CaseClosed");
    }

    @Test
    void aRejectedClosureReturnsToTheOwner() {
        ProcessInstance instance = closeCase("GOALS_MET", "HIGH");
        complete(task("Task_ApproveClosure", instance), withVariables("closureDecision", "REJECT"));
        assertThat(instance).isWaitingAt("Task_CloseCase");
        assertThat(task("Task_CloseCase", instance)).isAssignedTo(OWNER);

        complete(task("Task_CloseCase", instance), withVariables("closureReason", "GOALS_MET"));
        complete(task("Task_ApproveClosure", instance), withVariables("closureDecision", "APPROVE"));
        assertThat(instance).isEnded();
    }

    @Test
    void aRoutineClosureNeedsNoApproval() {
        ProcessInstance instance = closeCase("GOALS_MET", "LOW");
        assertThat(instance).isEnded().hasPassed("Task_DecideClosureApproval", "EndEvent_CaseClosed")
                .hasNotPassed("Task_ApproveClosure");
    }

    private ProcessInstance closeCase(String closureReason, String acuity) {
        Map<String, Object> variables = withVariables("caseNumber", BUSINESS_KEY, "team", "team-north",
                "followUpInterval", "P30D", "reassessmentInterval", "P180D");
        if (acuity != null) {
            variables.put("acuity", acuity);
        }
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("CaseLifecycle", BUSINESS_KEY, variables);
        complete(task("Task_Intake", instance), withVariables("owner", OWNER, "eligible", false,
                "closureReason", closureReason));
        complete(task("Task_CloseCase", instance), withVariables("closureReason", closureReason));
        return instance;
    }
}
