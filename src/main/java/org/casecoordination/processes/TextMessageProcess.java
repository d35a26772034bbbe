package org.casecoordination.processes;

/**
 * Names from processes/text-message.bpmn that code relies on (messaging.TextMessages starts it, its delegate sets
 * the hold): a contract with analysts, like {@link CaseLifecycleProcess}.
 */
public final class TextMessageProcess {

    public static final String PROCESS_KEY = "TextMessage";
    public static final String TASK_SEND_TEXT = "Task_SendText";

    public static final class Variables {
        /** The message in the case's delivery log (messaging.OutgoingMessage's id). */
        public static final String TEXT_MESSAGE_ID = "textMessageId";
        /** The end of the quiet hours the message is held for (a Date), or null: the diagram's timer waits for it. */
        public static final String HOLD_UNTIL = "holdUntil";

        private Variables() {
        }
    }

    private TextMessageProcess() {
    }
}
