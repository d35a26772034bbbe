package org.casecoordination.arrangement;

/** What an email to a provider says about a referral, and the status the referral must still have for it. */
enum ProviderReferralEmailKind {
    /** A new referral in the provider's inbox. */
    REFERRAL(ProviderReferralStatus.REQUESTED),
    /** A referral the provider saw is cancelled (the case was closed early, the service it served ended). */
    CANCELLATION(ProviderReferralStatus.CANCELLED);

    private final ProviderReferralStatus expectedStatus;

    ProviderReferralEmailKind(ProviderReferralStatus expectedStatus) {
        this.expectedStatus = expectedStatus;
    }

    /** An email that is no longer true when its job runs (the referral was answered or reopened meanwhile) is dropped. */
    boolean stillTrueFor(ProviderReferral referral) {
        return referral.getStatus() == expectedStatus;
    }
}
