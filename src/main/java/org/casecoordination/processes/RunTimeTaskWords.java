package org.casecoordination.processes;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.Task;

/**
 * Words a module gives its tasks at run time, in place of the diagram's ("Overdue: Assess needs"): the engine keeps
 * them in English for Camunda Tasklist, and the module that wrote them says how they read in another language
 * ({@link ActivityNames}). Both methods answer empty for a task the module did not name or describe.
 */
public interface RunTimeTaskWords {

    /**
     * @param shown      the name as the engine has it
     * @param activityNameInLanguage the English name of another activity of the same diagram → in that language
     */
    default Optional<String> name(String activityId, String shown, Locale locale,
            UnaryOperator<String> activityNameInLanguage) {
        return Optional.empty();
    }

    /** @param activityNameInLanguage as for {@link #name} */
    default Optional<String> description(Task task, Locale locale, UnaryOperator<String> activityNameInLanguage) {
        return Optional.empty();
    }
}
