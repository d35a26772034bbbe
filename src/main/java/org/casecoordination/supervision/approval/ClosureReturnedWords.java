package org.casecoordination.supervision.approval;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.RunTimeTaskWords;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.People;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * The description of a "Close case" task a supervisor returned ("Closure returned by Sam Reyes: …"). The engine keeps
 * it in English (Camunda Tasklist shows it); the application's pages read it in the reader's language from the
 * supervisor's login kept on the task (task-local) and the comment as the engine has it after the English start.
 */
@Component
class ClosureReturnedWords implements RunTimeTaskWords {

    /** Task-local: the login of the supervisor who returned the closure. */
    static final String RETURNED_BY = "closureReturnedBy";
    private static final String DESCRIPTION = "closureReturned.description";

    private final Words words;
    private final People people;
    private final TaskService taskService;
    private final AsApplication asApplication;

    ClosureReturnedWords(Words words, People people, TaskService taskService, AsApplication asApplication) {
        this.words = words;
        this.people = people;
        this.taskService = taskService;
        this.asApplication = asApplication;
    }

    /** What the engine keeps: "Closure returned by sam: Try the daughter's number first." */
    String english(String supervisor, String comment) {
        return words.text(Locale.ENGLISH, DESCRIPTION, supervisor, comment);
    }

    @Override
    public Optional<String> description(Task task, Locale locale, UnaryOperator<String> activityNameInLanguage) {
        if (!CaseLifecycleProcess.TASK_CLOSE_CASE.equals(task.getTaskDefinitionKey())
                || task.getDescription() == null) {
            return Optional.empty();
        }
        Object supervisor = asApplication.run(() -> taskService.getVariableLocal(task.getId(), RETURNED_BY));
        if (!(supervisor instanceof String login)) {
            return Optional.empty(); // the diagram's description, or a closure returned before the login was kept
        }
        String start = english(login, "");
        if (!task.getDescription().startsWith(start)) {
            return Optional.empty();
        }
        String comment = task.getDescription().substring(start.length());
        return Optional.of(words.text(locale, DESCRIPTION, people.fullName(login), comment));
    }
}
