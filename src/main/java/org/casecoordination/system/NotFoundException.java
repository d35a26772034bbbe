package org.casecoordination.system;

/** A record the request names does not exist: 404 on the API and on pages. Each module's own kinds extend it. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
