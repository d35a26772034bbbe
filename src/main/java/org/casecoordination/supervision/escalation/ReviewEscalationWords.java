package org.casecoordination.supervision.escalation;

import java.time.Duration;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.RunTimeTaskWords;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * The name and description of a "Review escalation" task, which say what is late and since when. The engine keeps
 * them in English (Camunda Tasklist shows them); the application's pages and API read them in the reader's
 * language from the facts kept on the task when it was created (task-local variables).
 */
@Component
class ReviewEscalationWords implements RunTimeTaskWords {

    /** Task-local: how late the task was when the review was created, its due time and assignee (none: team queue). */
    static final String LATE_HOURS = "lateHours";
    static final String LATE_DUE = "lateDue";
    static final String LATE_ASSIGNEE = "lateAssignee";

    private final Words words;
    private final Dates dates;
    private final People people;
    private final TaskService taskService;
    private final AsApplication asApplication;

    ReviewEscalationWords(Words words, Dates dates, People people, TaskService taskService,
            AsApplication asApplication) {
        this.words = words;
        this.dates = dates;
        this.people = people;
        this.taskService = taskService;
        this.asApplication = asApplication;
    }

    /** "Overdue: Assess needs", the late task named in that language. */
    String name(Locale locale, String lateTaskName) {
        return words.text(locale, "escalation.review.name", lateTaskName);
    }

    /** "“Assess needs” 2 days late (due …, with …)". */
    String description(Locale locale, String lateTaskName, Duration by, Date due, String assignee) {
        long hours = Math.max(0, by.toHours());
        String with = assignee == null ? words.text(locale, "escalation.review.inTeamQueue")
                : words.text(locale, "escalation.review.with", people.fullName(assignee));
        return hours >= 48
                ? words.text(locale, "escalation.review.lateDays", lateTaskName, hours / 24, dates.dateTime(due, locale),
                        with)
                : words.text(locale, "escalation.review.lateHours", lateTaskName, hours, dates.dateTime(due, locale),
                        with);
    }

    @Override
    public Optional<String> name(String activityId, String shown, Locale locale,
            UnaryOperator<String> activityNameInLanguage) {
        return lateTaskName(activityId, shown).map(late -> name(locale, activityNameInLanguage.apply(late)));
    }

    @Override
    public Optional<String> description(Task task, Locale locale, UnaryOperator<String> activityNameInLanguage) {
        Optional<String> late = lateTaskName(task.getTaskDefinitionKey(), task.getName());
        if (late.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> facts = asApplication.run(() -> taskService.getVariablesLocal(task.getId()));
        if (!(facts.get(LATE_HOURS) instanceof Number hours) || !(facts.get(LATE_DUE) instanceof Date due)) {
            return Optional.empty(); // a review from before these facts were kept: its English description
        }
        return Optional.of(description(locale, activityNameInLanguage.apply(late.get()),
                Duration.ofHours(hours.longValue()), due, (String) facts.get(LATE_ASSIGNEE)));
    }

    /** The late task's English name in a review's name as the engine has it ("Overdue: Assess needs"). */
    private Optional<String> lateTaskName(String activityId, String shown) {
        if (!CaseLifecycleProcess.TASK_REVIEW_ESCALATION.equals(activityId) || shown == null) {
            return Optional.empty();
        }
        String prefix = name(Locale.ENGLISH, "");
        return shown.startsWith(prefix) ? Optional.of(shown.substring(prefix.length())) : Optional.empty();
    }
}
