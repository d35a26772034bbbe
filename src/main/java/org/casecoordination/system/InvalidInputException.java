package org.casecoordination.system;

import java.util.List;
import org.casecoordination.forms.FieldError;

/**
 * Input that passed Bean Validation but that a module's rules or an endpoint's own checks refuse (a query
 * parameter outside its list, a reason that is not one of the choices), field by field: 400 on the API, nothing
 * written.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(List<FieldError> errors) {
        this(errors.isEmpty() ? "Invalid request." : errors.get(0).message(), errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
