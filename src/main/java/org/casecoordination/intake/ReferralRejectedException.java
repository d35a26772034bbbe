package org.casecoordination.intake;

import java.util.List;
import org.casecoordination.forms.FieldError;

/** A referral that passed Bean Validation but names a team or client that does not exist. */
public class ReferralRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ReferralRejectedException(List<FieldError> errors) {
        super("The referral cannot be accepted");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
