package org.casecoordination.processes;

/**
 * Names from processes/client-reminder.bpmn that code relies on (the reminders module starts, moves and cancels
 * it; its delegates read and set these variables): a contract with analysts, like {@link TextMessageProcess}.
 */
public final class ClientReminderProcess {

    public static final String PROCESS_KEY = "ClientReminder";
    /** The time changed: the reminders are armed again for the new {@code startsAt}. */
    public static final String MESSAGE_MOVED = "Message_ReminderMoved";
    /** The appointment, service or case ended: nothing more is sent. */
    public static final String MESSAGE_CANCELLED = "Message_ReminderCancelled";

    public static final String TASK_SEND = "Task_SendReminder";

    /** Process variables: ids and times, no client data. */
    public static final class Variables {
        public static final String CASE_NUMBER = CaseLifecycleProcess.Variables.CASE_NUMBER;
        /** What it reminds of: a messaging.MessagePurpose name (APPOINTMENT, TRANSPORT_PICKUP, SERVICE_START, ...). */
        public static final String REMINDER_FOR = "reminderFor";
        /** The appointment's or the referral's id. */
        public static final String SUBJECT_ID = "subjectId";
        /** "APPOINTMENT-12", "REFERRAL-5": what moves and cancels find the instance by. */
        public static final String SUBJECT = "reminderSubject";
        public static final String STARTS_AT = "startsAt";
        /** When the timers were (last) armed: a reminder whose moment was already past then is skipped. */
        public static final String ARMED_AT = "armedAt";
        /** The messages one reminder wrote to the delivery log, comma-separated ids (local to its path). */
        public static final String MESSAGE_IDS = "messageIds";
        public static final String MESSAGE_ID = "messageId";
        public static final String HOLD_UNTIL = TextMessageProcess.Variables.HOLD_UNTIL;

        private Variables() {
        }
    }

    private ClientReminderProcess() {
    }
}
