package org.casecoordination.fhir;

import org.casecoordination.system.Explained;

/** A search parameter this server does not understand or a value it cannot read; FHIR answers 400. */
class InvalidSearchException extends RuntimeException implements Explained {

    private final String parameter;
    private final String value;

    InvalidSearchException(String parameter, String value) {
        super("Cannot search by " + parameter + "=" + value);
        this.parameter = parameter;
        this.value = value;
    }

    @Override
    public String messageKey() {
        return "fhir.error.invalidSearch";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {parameter, value};
    }
}
