package org.casecoordination.supervision.crisis;

import static org.casecoordination.casefile.TimelineText.Words.person;
import java.util.Date;
import java.util.List;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/** The words of crisis reports that take more than one message, people by full name. */
@Component
class CrisisWords {

    private final Words words;
    private final People people;
    private final Dates dates;

    CrisisWords(Words words, People people, Dates dates) {
        this.words = words;
        this.people = people;
        this.dates = dates;
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

    /** The open task's read-only copy for Camunda Tasklist's form, in the reporter's language. */
    String taskCopy(CrisisRecord record) {
        StringBuilder text = new StringBuilder(words.text("crisis.copy.reported",
                dates.dateTime(record.getReportedAt()), people.fullName(record.getReportedBy())));
        if (record.getCaller() != null) {
            text.append('\n').append(words.text("crisis.copy.caller", record.getCaller()));
        }
        if (record.getCallbackNumber() != null) {
            text.append('\n').append(words.text("crisis.copy.callback", record.getCallbackNumber()));
        }
        return text.append("\n\n").append(record.getDescription()).toString();
    }

    String names(List<String> userIds) {
        return String.join(", ", userIds.stream().map(people::fullName).toList());
    }
}
