package org.casecoordination.system;

/** An action that the record's current state does not allow: 409 on the API, back with a message on pages. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
