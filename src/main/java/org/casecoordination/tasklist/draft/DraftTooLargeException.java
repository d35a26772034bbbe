package org.casecoordination.tasklist.draft;

import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.InvalidInputException;

/** More typed than a completed task could hold: the draft is refused rather than cut. */
public class DraftTooLargeException extends InvalidInputException {

    /** @param message the refusal in the request's language */
    DraftTooLargeException(String message) {
        super(List.of(new FieldError("fields", message)));
    }
}
