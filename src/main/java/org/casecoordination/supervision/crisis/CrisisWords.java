package org.casecoordination.supervision.crisis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.casecoordination.security.People;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of crisis reports (messages.properties, "safety and crisis"), people by full name. */
@Component
class CrisisWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final People people;

    CrisisWords(MessageSource messages, People people) {
        this.messages = messages;
        this.people = people;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** For the reporter: who has the task, when it is due, who was told. */
    String confirmation(String caseNumber, CrisisRouted routed) {
        String due = when(routed.due());
        String first = routed.assignee() != null
                ? get("crisis.confirmation.onCall", caseNumber, people.fullName(routed.assignee()),
                        people.teamName(routed.team()), due)
                : get("crisis.confirmation.noOnCall", caseNumber, people.teamName(routed.team()), due);
        return routed.notified().isEmpty() ? first
                : first + " " + get("crisis.confirmation.notified", names(routed.notified()), routed.notified().size());
    }

    /** The urgent notice: the case number and by when; no client data. */
    String notice(String caseNumber, String reportedBy, Date due) {
        return get("crisis.notice", caseNumber, people.fullName(reportedBy), when(due));
    }

    /** The open task's read-only copy for Camunda Tasklist's form. */
    String taskCopy(CrisisRecord record) {
        StringBuilder text = new StringBuilder(get("crisis.copy.reported", when(Date.from(record.getReportedAt())),
                people.fullName(record.getReportedBy())));
        if (record.getCaller() != null) {
            text.append('\n').append(get("crisis.copy.caller", record.getCaller()));
        }
        if (record.getCallbackNumber() != null) {
            text.append('\n').append(get("crisis.copy.callback", record.getCallbackNumber()));
        }
        return text.append("\n\n").append(record.getDescription()).toString();
    }

    String names(List<String> userIds) {
        return String.join(", ", userIds.stream().map(people::fullName).toList());
    }

    static String when(Date date) {
        return date == null ? "" : when(date.toInstant());
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
