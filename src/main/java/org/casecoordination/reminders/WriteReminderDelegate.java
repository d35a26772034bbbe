package org.casecoordination.reminders;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.processes.ClientReminderProcess;
import org.casecoordination.processes.ClientReminderProcess.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * processes/client-reminder.bpmn's "Write reminder" steps, right after a lead-time timer fired: writes the messages
 * to the delivery log ({@link ReminderWriter}) and sets {@code messageIds} for the send step. A reminder whose
 * moment had already passed when the timers were armed (an appointment booked an hour ahead has no two-hours-before
 * reminder) writes nothing: the moment is read from the timer just before this step, so the analyst's lead time is
 * written in one place only.
 */
@Component("writeReminderDelegate")
class WriteReminderDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(WriteReminderDelegate.class);

    private final ReminderWriter writer;

    WriteReminderDelegate(ReminderWriter writer) {
        this.writer = writer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Date armedAt = (Date) execution.getVariable(Variables.ARMED_AT);
        Optional<Date> due = dueOfTimerBefore(execution);
        List<Long> ids = List.of();
        if (due.isPresent() && armedAt != null && due.get().before(armedAt)) {
            LOG.info("Reminder {} of case {} skipped: its moment had passed when it was set",
                    execution.getCurrentActivityId(), execution.getProcessBusinessKey());
        } else {
            ids = writer.write((String) execution.getVariable(Variables.CASE_NUMBER),
                    MessagePurpose.valueOf((String) execution.getVariable(Variables.REMINDER_FOR)),
                    ((Number) execution.getVariable(Variables.SUBJECT_ID)).longValue(), now);
        }
        execution.setVariableLocal(Variables.MESSAGE_IDS, ReminderMessages.idsOf(ids));
    }

    /** The date the timer before this step was set for, when it is a date (not a duration). */
    private static Optional<Date> dueOfTimerBefore(DelegateExecution execution) {
        FlowNode step = (FlowNode) execution.getBpmnModelElementInstance();
        for (FlowNode before : step.getPreviousNodes().list()) {
            if (before instanceof IntermediateCatchEvent timer) {
                for (TimerEventDefinition definition : timer.getChildElementsByType(TimerEventDefinition.class)) {
                    if (definition.getTimeDate() != null) {
                        Object value = Context.getProcessEngineConfiguration().getExpressionManager()
                                .createExpression(definition.getTimeDate().getTextContent().strip())
                                .getValue(execution);
                        return value instanceof Date date ? Optional.of(date) : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
