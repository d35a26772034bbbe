package org.casecoordination.processes;

import java.util.Set;

/**
 * Names from processes/case-lifecycle.bpmn that code relies on. These ids are a contract with analysts and
 * reports: renaming one in the diagram means changing it here.
 */
public final class CaseLifecycleProcess {

    public static final String PROCESS_KEY = "CaseLifecycle";

    public static final String TASK_INTAKE = "Task_Intake";
    public static final String TASK_ASSESSMENT = "Task_Assessment";
    public static final String TASK_PLAN_SERVICES = "Task_PlanServices";
    public static final String TASK_FOLLOW_UP = "Task_FollowUp";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String TASK_DECIDE_ACUITY = "Task_DecideAcuity";
    public static final String TASK_REASSESSMENT = "Task_Reassessment";
    public static final String TASK_DECIDE_REASSESSED_ACUITY = "Task_DecideReassessedAcuity";
    public static final String TASK_SAFETY_RESPONSE = "Task_SafetyResponse";
    public static final String TASK_SAFETY_ESCALATION = "Task_SafetyEscalation";
    /** For the team's supervisors when a case task is still open one business day after its due time. */
    public static final String TASK_REVIEW_ESCALATION = "Task_ReviewEscalation";
    /** For the team's supervisors when processes/closure-approval.dmn says a closure needs approval. */
    public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";
    public static final String TASK_CRISIS_RESPONSE = "Task_CrisisResponse";
    public static final String TASK_CRISIS_ESCALATION = "Task_CrisisEscalation";
    /** Calls ServiceArrangement once per needed service, in parallel; replaced Task_ArrangeService. */
    public static final String CALL_ACTIVITY_ARRANGE_SERVICE = "CallActivity_ArrangeService";

    public static final String DECISION_ACUITY = "Acuity";
    public static final String DECISION_CLOSURE_APPROVAL = "ClosureApproval";

    public static final String MESSAGE_CLOSE_REQUESTED = "CloseCaseRequested";
    /** Correlated by process instance id when a scored instrument carries the SAFETY flag. */
    public static final String MESSAGE_SAFETY_CONCERN_RAISED = "SafetyConcernRaised";
    /** Correlated by process instance id when a crisis is reported (hotline or case page). */
    public static final String MESSAGE_CRISIS_REPORTED = "CrisisReported";
    /** Sent to an open "Review escalation" whose late task is done (completed, or gone with the case work). */
    public static final String MESSAGE_LATE_TASK_DONE = "LateTaskDone";

    /** The data contract: the only values kept as process variables (see README, "Process data contract"). */
    public static final class Variables {
        public static final String CASE_NUMBER = "caseNumber";
        public static final String TEAM = "team";
        public static final String OWNER = "owner";
        public static final String ELIGIBLE = "eligible";
        public static final String SERVICES_NEEDED = "servicesNeeded";
        public static final String SERVICE_TYPE = "serviceType";
        public static final String FOLLOW_UP_INTERVAL = "followUpInterval";
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String CLOSURE_REASON = "closureReason";
        public static final String REASSESSMENT_INTERVAL = "reassessmentInterval";
        /** Set by the Acuity decision (with followUpInterval); absent until the first assessment is decided. */
        public static final String ACUITY = "acuity";
        public static final String TASK_PRIORITY = "taskPriority";
        /** The task definition key of the late task an escalation is about (the escalation code). */
        public static final String LATE_TASK_KEY = "lateTaskKey";
        /** The supervisor's decision on an escalation: REASSIGN, EXTEND or TAKE_OVER. */
        public static final String ESCALATION_DECISION = "escalationDecision";
        /** The ClosureApproval decision's result, and ServiceArrangement's ApprovalRequired decision's. */
        public static final String APPROVAL_REQUIRED = "approvalRequired";
        /** The supervisor's decision on a closure: APPROVE or REJECT. */
        public static final String CLOSURE_DECISION = "closureDecision";
        /** ServiceArrangement's own (see ServiceArrangementProcess.Variables). */
        public static final String REFERRAL_ID = ServiceArrangementProcess.Variables.REFERRAL_ID;
        public static final String PLACEMENT_DECISION = ServiceArrangementProcess.Variables.PLACEMENT_DECISION;
        public static final String REFERRAL_SENT_AT = ServiceArrangementProcess.Variables.REFERRAL_SENT_AT;
        public static final String SERVICE_LABEL = ServiceArrangementProcess.Variables.SERVICE_LABEL;
        /** Read by a form's select, never by a gateway: runtime only, see {@link #isKeptInHistory}. */
        public static final String PROVIDER_OPTIONS = ServiceArrangementProcess.Variables.PROVIDER_OPTIONS;

        public static final String DEFAULT_FOLLOW_UP_INTERVAL = "P30D";
        public static final String DEFAULT_REASSESSMENT_INTERVAL = "P180D";

        /** The engine's own multi-instance counters; harmless, and Cockpit shows them. */
        private static final Set<String> MULTI_INSTANCE = Set.of("loopCounter", "nrOfInstances",
                "nrOfActiveInstances", "nrOfCompletedInstances");

        public static final Set<String> CONTRACT = Set.of(CASE_NUMBER, TEAM, OWNER, ELIGIBLE, SERVICES_NEEDED,
                SERVICE_TYPE, FOLLOW_UP_INTERVAL, FOLLOW_UP_OUTCOME, CLOSURE_REASON, REASSESSMENT_INTERVAL, ACUITY, TASK_PRIORITY,
                LATE_TASK_KEY, ESCALATION_DECISION, APPROVAL_REQUIRED, CLOSURE_DECISION, REFERRAL_ID,
                PLACEMENT_DECISION, REFERRAL_SENT_AT, SERVICE_LABEL, PROVIDER_OPTIONS,
                TextMessageProcess.Variables.TEXT_MESSAGE_ID, TextMessageProcess.Variables.HOLD_UNTIL,
                ClientReminderProcess.Variables.REMINDER_FOR, ClientReminderProcess.Variables.SUBJECT_ID,
                ClientReminderProcess.Variables.SUBJECT, ClientReminderProcess.Variables.STARTS_AT,
                ClientReminderProcess.Variables.ARMED_AT, ClientReminderProcess.Variables.MESSAGE_IDS);

        /** Contract variables the engine's history never keeps: option lists that are rebuilt for each task. */
        private static final Set<String> RUNTIME_ONLY = Set.of(PROVIDER_OPTIONS);

        public static boolean isContract(String name) {
            return CONTRACT.contains(name) || MULTI_INSTANCE.contains(name);
        }

        /** What the engine's history tables may keep: the contract without its runtime-only variables. */
        public static boolean isKeptInHistory(String name) {
            return isContract(name) && !RUNTIME_ONLY.contains(name);
        }

        private Variables() {
        }
    }

    private CaseLifecycleProcess() {
    }
}
