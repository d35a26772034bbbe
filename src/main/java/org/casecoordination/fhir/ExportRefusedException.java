package org.casecoordination.fhir;

import org.casecoordination.system.Explained;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;

/** A bulk export request this server will not carry out: its HTTP status, the issue's type and why, in words. */
class ExportRefusedException extends RuntimeException implements Explained {

    private final HttpStatus status;
    private final IssueType type;
    private final String key;
    private final transient Object[] arguments;

    ExportRefusedException(HttpStatus status, IssueType type, String key, Object... arguments) {
        super(key);
        this.status = status;
        this.type = type;
        this.key = key;
        this.arguments = arguments;
    }

    HttpStatus status() {
        return status;
    }

    IssueType type() {
        return type;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments;
    }
}
