package org.casecoordination.tasklist;

import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;

/**
 * What one kind of task adds to its form's own validation: rules across fields that a form cannot express, and
 * what completing it changes in the case record. One implementation per task definition key.
 */
public interface CompletionRules {

    String taskDefinitionKey();

    /** Rules across fields, on values the form itself already accepted. */
    default List<FieldError> check(Map<String, Object> values) {
        return List.of();
    }

    /** Runs inside the engine's transaction when the task completes. */
    default void apply(TaskCompletion completion) {
    }
}
