package org.casecoordination.assessment;

import java.util.List;
import org.casecoordination.forms.FieldError;

/**
 * An answer set that cannot be scored: an unknown instrument, a missing answer, an answer out of range. Fields are
 * named as in the JSON API ({@code instrument}, {@code answers[8]}, {@code answers.foodWorry}); nothing is stored.
 */
public class InvalidAnswersException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidAnswersException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public InvalidAnswersException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
