package org.casecoordination.processes.deployment;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Every diagram of a deployment read once, for all the rules that look at it: reading a diagram (Camunda's model
 * API checks it against the BPMN schema) is most of what validating costs, at every start (issue #17).
 */
final class ReadDiagrams {

    /** The diagram, or why it does not parse. */
    record Read(BpmnModelInstance model, RuntimeException failure) {
    }

    private ReadDiagrams() {
    }

    static Map<String, Read> of(ProcessResources resources) {
        Map<String, Read> read = new LinkedHashMap<>();
        resources.files().forEach((name, content) -> {
            if (name.endsWith(".bpmn")) {
                read.put(name, read(content));
            }
        });
        return read;
    }

    private static Read read(byte[] content) {
        try {
            return new Read(Bpmn.readModelFromStream(new ByteArrayInputStream(content)), null);
        } catch (RuntimeException e) {
            return new Read(null, e);
        }
    }
}
