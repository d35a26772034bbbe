package org.casecoordination.tasklist;

import java.util.List;
import java.util.stream.Collectors;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.InvalidInputException;

/** A task completion that the form or the task's rules refuse; nothing has been written. */
public class TaskValidationException extends InvalidInputException {

    public TaskValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> (e.field() == null ? "" : e.field() + ": ") + e.message())
                .collect(Collectors.joining("; ")), errors);
    }
}
