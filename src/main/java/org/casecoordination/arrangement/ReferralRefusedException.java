package org.casecoordination.arrangement;

/** A referral that cannot be made as asked (no consent, a provider that does not offer the service). */
public class ReferralRefusedException extends RuntimeException {

    public ReferralRefusedException(String message) {
        super(message);
    }
}
