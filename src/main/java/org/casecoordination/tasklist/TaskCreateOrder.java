package org.casecoordination.tasklist;

/**
 * The order in which the listeners of a new task run ({@code @Order} on each {@code @EventListener}), declared
 * here rather than left to the order in which Spring happens to scan their classes. Later listeners see what the
 * earlier ones set; TaskCreateListenerOrderTests checks the order in the running application.
 * <ol>
 * <li>{@link #SUPERVISOR_ROUTING}: a supervisors' task created by an older diagram version is offered to the
 * supervisors before anyone else looks at its candidates.</li>
 * <li>{@link #ACUITY_PRIORITY}: the acuity's priority is only registered here and applied when the engine command
 * closes, so it wins over the urgency priority of {@link #DUE_DATE_AND_PRIORITY}.</li>
 * <li>{@link #SAFETY_ESCALATION}, {@link #ABSENT_ASSIGNEE}, {@link #CLOSURE_RETURNED}, {@link #REVIEW_ESCALATION},
 * {@link #PROVIDER_OPTIONS}:
 * each stage's additions to its own new tasks (timeline lines, description, name); the routing of a task meant for
 * an absent coordinator clears its assignee before the case record notes the task.</li>
 * <li>{@link #PREFILL}: the earlier answers the form's prefilled fields open with, as task variables.</li>
 * <li>{@link #DUE_DATE_AND_PRIORITY}: the urgency priority and the arrangement's default due date.</li>
 * <li>{@link #RECORD}: the case record notes that the task's first assignment is still to come.</li>
 * <li>{@link #READ_MODEL}: the task list notes the task last; it writes the row from the final state at commit.</li>
 * </ol>
 */
public final class TaskCreateOrder {

    public static final int SUPERVISOR_ROUTING = 50;
    public static final int ACUITY_PRIORITY = 100;
    public static final int SAFETY_ESCALATION = 200;
    public static final int ABSENT_ASSIGNEE = 300;
    public static final int CLOSURE_RETURNED = 400;
    public static final int REVIEW_ESCALATION = 500;
    public static final int PROVIDER_OPTIONS = 550;
    public static final int PREFILL = 560;
    public static final int DUE_DATE_AND_PRIORITY = 600;
    public static final int RECORD = 700;
    public static final int READ_MODEL = 800;

    private TaskCreateOrder() {
    }
}
