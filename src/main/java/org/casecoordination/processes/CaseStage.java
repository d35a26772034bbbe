package org.casecoordination.processes;

/**
 * Where a case stands. The BPMN declares the stage of each step with a camunda:property named "stage". Words:
 * caseStage.CODE in the message bundles.
 */
public enum CaseStage {
    INTAKE,
    ASSESSMENT,
    SERVICE_ARRANGEMENT,
    FOLLOW_UP,
    CLOSURE,
    CLOSED;
}
