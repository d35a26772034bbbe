package org.casecoordination.processes;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the CaseLifecycle process tests deploy: the diagram, its decisions and forms, and a stub in place of the
 * called ServiceArrangement. One list, so adding a form to the diagram is one line here.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "processes/case-lifecycle.bpmn",
        "processes/acuity.dmn",
        "processes/closure-approval.dmn",
        "stubs/service-arrangement-stub.bpmn",
        "forms/intake.form",
        "forms/assessment.form",
        "forms/plan-services.form",
        "forms/follow-up.form",
        "forms/close-case.form",
        "forms/safety-response.form",
        "forms/safety-escalation.form",
        "forms/approve-closure.form",
        "forms/crisis-response.form",
        "forms/crisis-escalation.form",
        "forms/review-escalation.form"})
abstract class CaseLifecycleDeployment {
}
