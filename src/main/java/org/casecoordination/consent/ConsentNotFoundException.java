package org.casecoordination.consent;

import org.casecoordination.system.Explained;

/** No consent with this id belongs to the case's client (another client's consent is not found, not refused). */
public class ConsentNotFoundException extends RuntimeException implements Explained {

    private final Long id;

    public ConsentNotFoundException(Long id) {
        super("There is no consent " + id + " for this client.");
        this.id = id;
    }

    @Override
    public String messageKey() {
        return "errors.consentNotFound";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {String.valueOf(id)};
    }
}
