package org.casecoordination.messaging;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casecoordination.processes.TextMessageProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * processes/text-message.bpmn's "Send text message": glue to {@link TextMessageDelivery}. Sets {@code holdUntil}
 * (a date, or null) for the diagram's quiet-hours timer; a failing provider fails the job, which the engine retries.
 */
@Component("textMessageDelegate")
class TextMessageDelegate implements JavaDelegate {

    private final TextMessageDelivery delivery;

    TextMessageDelegate(TextMessageDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Variables.TEXT_MESSAGE_ID)).longValue();
        TextMessageDelivery.Outcome outcome = delivery.deliver(id);
        execution.setVariable(Variables.HOLD_UNTIL, outcome.held() ? Date.from(outcome.holdUntil()) : null);
    }
}
