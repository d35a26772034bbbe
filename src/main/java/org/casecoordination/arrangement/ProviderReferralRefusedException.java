package org.casecoordination.arrangement;

/** A referral that cannot be made as asked (no consent, a provider that does not offer the service). */
public class ProviderReferralRefusedException extends RuntimeException {

    public ProviderReferralRefusedException(String message) {
        super(message);
    }
}
