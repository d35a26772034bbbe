package org.casecoordination.services;

public class ReferralNotFoundException extends RuntimeException {

    public ReferralNotFoundException(long id) {
        super("There is no referral " + id + ".");
    }
}
