package org.casecoordination.supervision.crisis;

import static org.casecoordination.casefile.TimelineText.Words.person;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Languages;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/** The words of crisis reports that take more than one message, people by full name. */
@Component
class CrisisWords {

    private final Words words;
    private final People people;
    private final Dates dates;
    private final Languages languages;

    CrisisWords(Words words, People people, Dates dates, Languages languages) {
        this.words = words;
        this.people = people;
        this.dates = dates;
        this.languages = languages;
    }

    /** For the reporter: who has the task, when it is due, who was told. */
    String confirmation(String caseNumber, CrisisRouted routed) {
        String due = dates.dateTime(routed.due());
        String first = routed.assignee() != null
                ? words.text("crisis.confirmation.onCall", caseNumber, people.fullName(routed.assignee()),
                        people.teamName(routed.team()), due)
                : words.text("crisis.confirmation.noOnCall", caseNumber, people.teamName(routed.team()), due);
        return routed.notified().isEmpty() ? first
                : first + " " + words.text("crisis.confirmation.notified", names(routed.notified()),
                        routed.notified().size());
    }

    /** The urgent notice: the case number and by when; no client data. Read in each recipient's language. */
    static TimelineText notice(String caseNumber, String reportedBy, Date due) {
        return TimelineText.of("notice.crisis", caseNumber, person(reportedBy), due == null ? null : due.toInstant());
    }

    /**
     * The open task's read-only copy for Camunda Tasklist's form, in the default language, as Tasklist shows
     * everything else; the application's task page shows the stored report in each reader's language instead
     * ({@link CrisisTaskPanel}). What happened stays in the reporter's own words.
     */
    String taskCopy(CrisisRecord record) {
        Locale language = languages.defaultLanguage();
        StringBuilder text = new StringBuilder(words.text(language, "crisis.copy.reported",
                dates.dateTime(record.getReportedAt(), language), people.fullName(record.getReportedBy())));
        if (record.getCaller() != null) {
            text.append('\n').append(words.text(language, "crisis.copy.caller", record.getCaller()));
        }
        if (record.getCallbackNumber() != null) {
            text.append('\n').append(words.text(language, "crisis.copy.callback", record.getCallbackNumber()));
        }
        return text.append("\n\n").append(record.getDescription()).toString();
    }

    String names(List<String> userIds) {
        return String.join(", ", userIds.stream().map(people::fullName).toList());
    }
}
