package org.casecoordination.reminders;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.messaging.EmailDelivery;
import org.casecoordination.messaging.OutgoingMessage;
import org.casecoordination.messaging.TextMessageDelivery;
import org.casecoordination.messaging.TextMessages;
import org.casecoordination.processes.ClientReminderProcess;
import org.casecoordination.processes.ClientReminderProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * processes/client-reminder.bpmn's "Send reminder", one logged message a job: glue to messaging's deliveries. A
 * text held for quiet hours sets {@code holdUntil} for the diagram's timer; a provider or mail server that fails
 * fails the job, which the engine retries; a retried job never sends twice (the log says what went out).
 */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final TextMessages messages;
    private final TextMessageDelivery texts;
    private final EmailDelivery emails;

    SendReminderDelegate(TextMessages messages, TextMessageDelivery texts, EmailDelivery emails) {
        this.messages = messages;
        this.texts = texts;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Variables.MESSAGE_ID)).longValue();
        OutgoingMessage message = messages.find(id)
                .orElseThrow(() -> new IllegalStateException("no logged message " + id));
        Date holdUntil = null;
        if (message.isEmail()) {
            emails.deliver(id);
        } else {
            TextMessageDelivery.Outcome outcome = texts.deliver(id, ClockUtil.getCurrentTime().toInstant());
            holdUntil = outcome.held() ? Date.from(outcome.holdUntil()) : null;
        }
        execution.setVariableLocal(Variables.HOLD_UNTIL, holdUntil);
    }
}
