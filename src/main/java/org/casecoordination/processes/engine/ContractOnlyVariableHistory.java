package org.casecoordination.processes.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;

/**
 * Keeps client information out of the engine's history tables: variables outside the data contract (form fields
 * that belong in the case record) are never written to ACT_HI_VARINST or ACT_HI_DETAIL, whichever way a task was
 * completed, and a decision's inputs (the client's instrument scores) never to ACT_HI_DEC_IN; its outputs and
 * matched rule stay, so analysts see which row decided. Runtime-only contract variables (the provider options of a
 * "Select provider" task) are left out as well. Everything else goes to the engine's usual handler.
 */
class ContractOnlyVariableHistory implements HistoryEventHandler {

    private final HistoryEventHandler delegate = new DbHistoryEventHandler();

    @Override
    public void handleEvent(HistoryEvent event) {
        if (isRecordOnly(event)) {
            return;
        }
        if (event instanceof HistoricDecisionEvaluationEvent decision) {
            withoutInputs(decision);
        }
        delegate.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private static void withoutInputs(HistoricDecisionEvaluationEvent decision) {
        decision.getRootHistoricDecisionInstance().setInputs(new ArrayList<>());
        if (decision.getRequiredHistoricDecisionInstances() != null) {
            decision.getRequiredHistoricDecisionInstances().forEach(required -> required.setInputs(new ArrayList<>()));
        }
    }

    static boolean isRecordOnly(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return !Variables.isKeptInHistory(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formProperty) {
            return !Variables.isKeptInHistory(formProperty.getPropertyId());
        }
        return false;
    }
}
