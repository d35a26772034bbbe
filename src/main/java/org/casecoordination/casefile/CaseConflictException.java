package org.casecoordination.casefile;

import org.casecoordination.system.ConflictException;

/** An action that the case's current state does not allow (already closed, claimed by someone else...). */
public class CaseConflictException extends ConflictException {

    public CaseConflictException(String message) {
        super(message);
    }
}
