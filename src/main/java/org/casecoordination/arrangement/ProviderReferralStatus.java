package org.casecoordination.arrangement;

/**
 * FHIR Task states of a referral. DRAFT (FHIR "draft") is a referral chosen but not yet sent: waiting for a
 * supervisor's approval, or for the send step. A provider sees only what was sent.
 */
public enum ProviderReferralStatus {
    DRAFT, REQUESTED, ACCEPTED, REJECTED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** A provider has not answered yet. */
    public boolean awaitsAnswer() {
        return this == REQUESTED;
    }

    /** In the provider's inbox: sent and not yet answered, rejected, completed or cancelled. */
    public boolean isOpenAtProvider() {
        return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** Delivery states the coordinator or provider may record after acceptance. */
    public boolean isDelivery() {
        return this == IN_PROGRESS || this == COMPLETED || this == CANCELLED;
    }
}
