package org.casecoordination.consent;

/** No consent with this id belongs to the case's client (another client's consent is not found, not refused). */
public class ConsentNotFoundException extends RuntimeException {

    public ConsentNotFoundException(Long id) {
        super("There is no consent " + id + " for this client.");
    }
}
