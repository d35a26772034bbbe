package org.casecoordination.intake;

import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.InvalidInputException;

/** A referral that passed Bean Validation but names a team or client that does not exist. */
public class ReferralRejectedException extends InvalidInputException {

    public ReferralRejectedException(List<FieldError> errors) {
        super("The referral cannot be accepted", errors);
    }
}
