package org.casecoordination.system;

import java.util.List;
import org.casecoordination.forms.FieldError;

/** Input that passed Bean Validation but that a module's rules refuse, field by field: 400 on the API. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
