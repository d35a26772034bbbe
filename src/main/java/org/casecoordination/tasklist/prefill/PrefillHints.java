package org.casecoordination.tasklist.prefill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * Says beside each prefilled field where its value comes from, in the reader's language ("From “Intake” on
 * Mar 3, 2026 — check it is still right"), so the coordinator confirms it rather than trusting it blindly.
 */
@Component
public class PrefillHints {

    private final Words words;
    private final Dates dates;
    private final ActivityNames activityNames;

    PrefillHints(Words words, Dates dates, ActivityNames activityNames) {
        this.words = words;
        this.dates = dates;
        this.activityNames = activityNames;
    }

    /** Field key to its sentence, for the answers that fill something (an empty one says nothing). */
    public Map<String, String> of(Map<String, EarlierAnswer> answers) {
        Map<String, String> hints = new LinkedHashMap<>();
        List<String> stepTaskIds = answers.values().stream().filter(answer -> !answer.isEmpty())
                .map(EarlierAnswer::step).filter(step -> step != null).map(StageRecord::getTaskId).toList();
        Map<String, String> definitions = activityNames.definitionsOfCompletedTasks(stepTaskIds);
        answers.forEach((key, answer) -> {
            if (answer.isEmpty()) {
                return;
            }
            if (answer.step() == null) {
                // the words of each other source: prefill.hint.client, prefill.hint.referral
                hints.put(key, words.text("prefill.hint." + answer.source()));
                return;
            }
            StageRecord step = answer.step();
            String name = activityNames.name(definitions.get(step.getTaskId()), step.getTaskDefinitionKey(),
                    step.getTaskName());
            hints.put(key, words.text("prefill.hint.earlierStep", name, dates.day(step.getCompletedAt())));
        });
        return hints;
    }
}
