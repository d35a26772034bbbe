package org.casecoordination.arrangement;

import org.casecoordination.system.Explained;

/**
 * A referral that cannot be made as asked (no consent, a provider that does not offer the service): said to the
 * coordinator by its key in their language; the English stays the message, for logs.
 */
public class ProviderReferralRefusedException extends RuntimeException implements Explained {

    private final String messageKey;
    private final transient Object[] messageArguments;

    public ProviderReferralRefusedException(String message, String messageKey, Object... messageArguments) {
        super(message);
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
