package org.casecoordination.tasklist.draft;

import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.InvalidInputException;

/** More typed than a completed task could hold: the draft is refused rather than cut. */
public class DraftTooLargeException extends InvalidInputException {

    DraftTooLargeException() {
        super(List.of(new FieldError("fields", "These answers are too long to keep as a draft.")));
    }
}
