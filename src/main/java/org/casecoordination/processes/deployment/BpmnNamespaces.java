package org.casecoordination.processes.deployment;

/** XML namespaces of the files analysts edit. */
final class BpmnNamespaces {

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private BpmnNamespaces() {
    }
}
