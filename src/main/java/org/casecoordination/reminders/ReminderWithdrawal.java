package org.casecoordination.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.casecoordination.messaging.TextMessages;
import org.casecoordination.processes.ClientReminderProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * processes/client-reminder.bpmn's listener at the end of "Send each message": when a move or a cancellation
 * interrupts a message still waiting (its send job pending, or held for quiet hours), the case's log says it was
 * not sent, no longer needed, rather than "waiting" for ever. A message that went out is left as it is.
 */
@Component("reminderWithdrawal")
class ReminderWithdrawal implements ExecutionListener {

    private final TextMessages messages;

    ReminderWithdrawal(TextMessages messages) {
        this.messages = messages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            return; // the message's step completed: the log already says what became of it
        }
        Object id = execution.getVariable(Variables.MESSAGE_ID);
        if (id instanceof Number number) {
            messages.withdraw(number.longValue());
        }
    }
}
