package org.casecoordination.casefile;

/** An action that the case's current state does not allow (already closed, claimed by someone else...). */
public class CaseConflictException extends RuntimeException {

    public CaseConflictException(String message) {
        super(message);
    }
}
