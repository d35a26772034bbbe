package org.casecoordination.security.login;

import org.springframework.security.authentication.DisabledException;

/**
 * A login refused because the account is deactivated or deleted: the login page says so in the reader's language
 * by {@link #messageKey}; the English message stays for logs and Camunda's own login.
 */
public class AccountDisabledException extends DisabledException {

    private final String messageKey;

    AccountDisabledException(UserStatus.Refusal refusal) {
        super(refusal.english());
        this.messageKey = refusal.messageKey();
    }

    public String messageKey() {
        return messageKey;
    }
}
