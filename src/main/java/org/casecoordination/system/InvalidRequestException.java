package org.casecoordination.system;

import java.util.List;
import org.casecoordination.forms.FieldError;

/**
 * A JSON API request whose values are not valid, found by the endpoint itself rather than by bean validation (a
 * query parameter outside its list, a reason that is not one of the choices): 400 naming each field, nothing
 * written.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid request." : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
