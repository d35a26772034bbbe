package org.casecoordination.processes.guard;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A diagram, decision or form tried to reach beyond its data contract. An engine exception on purpose: the
 * step fails and rolls back, and a job that meets it fails like any job (retries, then an incident).
 */
public class DiagramCodeRefused extends ProcessEngineException {

    public DiagramCodeRefused(String message) {
        super(message);
    }
}
