package org.casecoordination.arrangement;

/** What an email to a provider says about a referral, and the status the referral must still have for it. */
enum ReferralEmailKind {
    /** A new referral in the provider's inbox. */
    REFERRAL(ReferralStatus.REQUESTED),
    /** A referral the provider saw is cancelled (the case was closed early, the service it served ended). */
    CANCELLATION(ReferralStatus.CANCELLED);

    private final ReferralStatus expectedStatus;

    ReferralEmailKind(ReferralStatus expectedStatus) {
        this.expectedStatus = expectedStatus;
    }

    /** An email that is no longer true when its job runs (the referral was answered or reopened meanwhile) is dropped. */
    boolean stillTrueFor(Referral referral) {
        return referral.getStatus() == expectedStatus;
    }
}
