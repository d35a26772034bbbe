package org.casecoordination.processes;

import java.util.List;

/**
 * The steps a case waits on that failed after their retries (the engine's incidents), by name in the reader's
 * language, oldest failure first. The case page reads them with the rest of its model, in its one transaction;
 * {@code processes.engine.Incidents} answers, with the caller's read check on the case's process instances.
 */
public interface FailedSteps {

    List<String> stepsOf(String caseNumber);
}
