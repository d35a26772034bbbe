package org.casecoordination.casefile;

import org.casecoordination.system.ConflictException;
import org.casecoordination.system.Explained;

/**
 * An action that the case's current state does not allow (already closed, claimed by someone else...). Given a
 * message key, people read it in their language; the English stays the exception's message.
 */
public class CaseConflictException extends ConflictException implements Explained {

    private final String messageKey;
    private final transient Object[] messageArguments;

    public CaseConflictException(String message) {
        this(message, null);
    }

    public CaseConflictException(String message, String messageKey, Object... messageArguments) {
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
