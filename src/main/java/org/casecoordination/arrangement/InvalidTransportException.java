package org.casecoordination.arrangement;

import java.util.List;
import org.casecoordination.forms.FieldError;

/** A transport booking with missing or wrong details; nothing was written. */
public class InvalidTransportException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidTransportException(List<FieldError> errors) {
        super(String.join(" ", errors.stream().map(FieldError::message).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
