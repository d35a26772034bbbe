package org.casecoordination.fhir;

import org.casecoordination.system.Explained;

/** No resource of that type and id, or none the caller may see (FHIR answers both with 404 OperationOutcome). */
class UnknownResourceException extends RuntimeException implements Explained {

    private final String type;
    private final String id;

    UnknownResourceException(String type, String id) {
        super("No " + type + " " + id);
        this.type = type;
        this.id = id;
    }

    @Override
    public String messageKey() {
        return "fhir.error.unknownResource";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {type, id};
    }
}
