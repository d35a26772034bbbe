package org.casecoordination.casefile;

import java.util.Locale;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a timeline line into words for its reader: the message in the reader's language, codes by their label,
 * people by their full name, tasks by their name in the reader's language, times in the reader's format. Templates call {@code ${@timelineWords.of(entry)}}.
 */
@Component("timelineWords")
public class TimelineWords {

    private final MessageSource messages;
    private final People people;
    private final Dates dates;
    private final ActivityNames activityNames;

    TimelineWords(MessageSource messages, People people, Dates dates, ActivityNames activityNames) {
        this.activityNames = activityNames;
        this.messages = messages;
        this.people = people;
        this.dates = dates;
    }

    /** In the language of the current request; a line from before message keys keeps its English words. */
    public String of(TimelineEntry entry) {
        return entry.getText().map(text -> render(text, LocaleContextHolder.getLocale(), entry.getSummary()))
                .orElse(entry.getSummary());
    }

    /** Any such message (an assessment's result) in the language of the current request. */
    public String of(TimelineText text) {
        return render(text, LocaleContextHolder.getLocale(), text.key());
    }

    /** The English words stored with the line when it is written. */
    String english(TimelineText text) {
        return render(text, Locale.ENGLISH, text.key());
    }

    private String render(TimelineText text, Locale locale, String otherwise) {
        Object[] arguments = text.arguments().stream().map(argument -> words(argument, locale)).toArray();
        return messages.getMessage(text.key(), arguments, otherwise, locale);
    }

    /** A code without words yet is shown as the code rather than not at all. */
    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
    }

    private String words(TimelineText.Argument argument, Locale locale) {
        if (argument instanceof TimelineText.Plain plain) {
            return plain.text();
        } else if (argument instanceof TimelineText.Label label) {
            return label(label.key(), locale);
        } else if (argument instanceof TimelineText.LabelList list) {
            return String.join(", ", list.keys().stream().map(key -> label(key, locale)).toList());
        } else if (argument instanceof TimelineText.Nested nested) {
            return render(nested.text(), locale, nested.text().key());
        } else if (argument instanceof TimelineText.Person person) {
            return people.fullName(person.userId());
        } else if (argument instanceof TimelineText.TaskName task) {
            return activityNames.name(task.processDefinitionId(), task.activityId(), task.name(), locale);
        } else if (argument instanceof TimelineText.Moment moment) {
            return dates.dateTime(moment.at(), locale);
        }
        return dates.day(((TimelineText.Day) argument).day(), locale);
    }
}
