package org.casecoordination.processes;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Told, in the engine's transaction, when a process reaches a step whose diagram element declares a case stage
 * (deployment.StageListeners attaches the call when a diagram is deployed). The case file implements it to move
 * the case record.
 */
public interface StageReachedListener {

    void onStageReached(DelegateExecution execution, CaseStage stage);
}
