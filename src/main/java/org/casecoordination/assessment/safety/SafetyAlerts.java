package org.casecoordination.assessment.safety;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person who just saved an instrument must read when it raised a safety concern: not a green "saved",
 * but that a concern was raised and what happens now (the response task, when it is due, where it waits, who
 * was told), to be shown as an alert.
 */
@Component
public class SafetyAlerts {

    private final SafetyResponseTasks responseTasks;
    private final SafetyRecipients recipients;
    private final People people;
    private final SafetyWords safetyWords;
    private final Words words;
    private final Dates dates;

    SafetyAlerts(SafetyResponseTasks responseTasks, SafetyRecipients recipients, People people,
            SafetyWords safetyWords, Words words, Dates dates) {
        this.responseTasks = responseTasks;
        this.recipients = recipients;
        this.people = people;
        this.safetyWords = safetyWords;
        this.words = words;
        this.dates = dates;
    }

    /** Empty when the result raised no safety concern. */
    @Transactional(readOnly = true)
    public Optional<String> afterSaving(AssessmentResult result) {
        if (!result.raisesSafetyConcern()) {
            return Optional.empty();
        }
        var careCase = result.getCareCase();
        StringBuilder text = new StringBuilder(words.text("safety.alert.raised",
                safetyWords.instruments(result.getInstrument().name())));
        Optional<Task> task = responseTasks.openFor(careCase);
        if (task.isEmpty()) {
            return Optional.of(text.append(' ').append(words.text("safety.alert.noStep")).toString());
        }
        Task response = task.get();
        boolean earlier = response.getCreateTime() != null
                && response.getCreateTime().toInstant().isBefore(result.getAdministeredAt().minusSeconds(5));
        if (earlier) {
            return Optional.of(text.append(' ').append(words.text("safety.alert.joined",
                    dates.dateTime(response.getDueDate()))).toString());
        }
        long hours = response.getDueDate() == null ? 0
                : Math.max(1, Duration.between(response.getCreateTime().toInstant(),
                        response.getDueDate().toInstant()).toHours());
        text.append(' ').append(words.text("safety.alert.task", dates.dateTime(response.getDueDate()), hours,
                people.teamName(careCase.getTeam())));
        List<String> told = recipients.of(careCase).stream().map(people::fullName).toList();
        if (!told.isEmpty()) {
            text.append(' ').append(words.text("safety.alert.notified", String.join(", ", told), told.size()));
        }
        return Optional.of(text.toString());
    }
}
