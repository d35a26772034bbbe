package org.casecoordination.processes;

/** Where a case stands. The BPMN declares the stage of each step with a camunda:property named "stage". */
public enum CaseStage {
    INTAKE("Intake"),
    ASSESSMENT("Assessment"),
    SERVICE_ARRANGEMENT("Service arrangement"),
    FOLLOW_UP("Follow-up"),
    CLOSURE("Closure"),
    CLOSED("Closed");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
