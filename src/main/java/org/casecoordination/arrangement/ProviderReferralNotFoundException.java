package org.casecoordination.arrangement;

@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ProviderReferralNotFoundException extends RuntimeException {

    public ProviderReferralNotFoundException(long id) {
        super("There is no referral " + id + ".");
    }
}
