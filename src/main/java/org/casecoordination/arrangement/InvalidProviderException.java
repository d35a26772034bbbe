package org.casecoordination.arrangement;

import java.util.List;
import org.casecoordination.forms.FieldError;

/** A provider's details were refused; nothing was written. */
public class InvalidProviderException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidProviderException(List<FieldError> errors) {
        super(errors.stream().map(e -> (e.field() == null ? "" : e.field() + ": ") + e.message())
                .reduce((a, b) -> a + " " + b).orElse("Invalid provider."));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
