package org.casecoordination.processes;

/**
 * Names from processes/service-arrangement.bpmn and approval-required.dmn that code relies on: a contract with
 * analysts, like {@link CaseLifecycleProcess}.
 */
public final class ServiceArrangementProcess {

    public static final String PROCESS_KEY = "ServiceArrangement";
    /** processes/referral-email.bpmn: emails about referrals no arrangement carries (transport, cancellations). */
    public static final String REFERRAL_EMAIL_PROCESS_KEY = "ReferralEmail";

    public static final String TASK_SELECT_PROVIDER = "Task_SelectProvider";
    public static final String TASK_DECIDE_APPROVAL = "Task_DecideApproval";
    public static final String TASK_APPROVE_PLACEMENT = "Task_ApprovePlacement";
    public static final String TASK_SEND_REFERRAL = "Task_SendReferral";
    public static final String TASK_EMAIL_REFERRAL = "Task_EmailReferral";
    public static final String TASK_AWAIT_ANSWER = "Task_AwaitAnswer";
    public static final String TASK_CHASE_REFERRAL = "Task_ChaseReferral";
    public static final String TASK_CONFIRM_WITH_CLIENT = "Task_ConfirmWithClient";
    public static final String SUBPROCESS_AWAIT_ANSWER = "SubProcess_AwaitAnswer";
    public static final String BOUNDARY_ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";

    public static final String DECISION_APPROVAL_REQUIRED = "ApprovalRequired";

    public static final String MESSAGE_REFERRAL_ACCEPTED = "ReferralAccepted";
    public static final String MESSAGE_REFERRAL_DECLINED = "ReferralDeclined";

    /** Thrown by the send step when the consent was revoked after the provider was chosen. */
    public static final String ERROR_CONSENT_MISSING = "ConsentMissing";

    public static final class Variables {
        public static final String REFERRAL_ID = "referralId";
        /** When the referral reached the provider's inbox (a Date): the provider's answer is due from then. */
        public static final String REFERRAL_SENT_AT = "referralSentAt";
        public static final String APPROVAL_REQUIRED = "approvalRequired";
        /** APPROVED or REJECTED, from the approve-placement form. */
        public static final String PLACEMENT_DECISION = "placementDecision";
        public static final String PROVIDER_ID = "providerId";
        /** The service's words ("Home care"), set at the start for the task names (Select provider – Home care). */
        public static final String SERVICE_LABEL = "serviceLabel";
        /**
         * The providers to choose from on Task_SelectProvider, a task variable: JSON {@code [{"label", "value"}]}
         * for the form's select ({@code valuesKey}). Part of the contract but kept out of history.
         */
        public static final String PROVIDER_OPTIONS = "providerOptions";
        /** ReferralEmail's: REFERRAL or CANCELLATION (arrangement.ReferralEmailKind). */
        public static final String EMAIL_KIND = "emailKind";

        private Variables() {
        }
    }

    private ServiceArrangementProcess() {
    }
}
