package org.casecoordination.casefile;

import java.util.Locale;
import java.util.Optional;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a stored message (a timeline line, a notice) into words for its reader: the message in the reader's language,
 * codes by their label, people by their full name, tasks by their name in the reader's language, times in the
 * reader's format. Templates call {@code ${@timelineWords.of(entry)}}.
 */
@Component("timelineWords")
public class TimelineWords {

    private final Words words;
    private final People people;
    private final Dates dates;
    private final ActivityNames activityNames;

    TimelineWords(Words words, People people, Dates dates, ActivityNames activityNames) {
        this.words = words;
        this.activityNames = activityNames;
        this.people = people;
        this.dates = dates;
    }

    /** In the language of the current request; a line from before message keys keeps its English words. */
    public String of(TimelineEntry entry) {
        return of(entry.getText(), entry.getSummary());
    }

    /** A record that may predate message keys: its words as written when it has no key. */
    public String of(Optional<TimelineText> text, String written) {
        return text.map(t -> render(t, LocaleContextHolder.getLocale(), written)).orElse(written);
    }

    /** Any such message (an assessment's result) in the language of the current request. */
    public String of(TimelineText text) {
        return of(text, LocaleContextHolder.getLocale());
    }

    /** In a given language: for a reader who is not the one asking (a mail to a colleague). */
    public String of(TimelineText text, Locale language) {
        return render(text, language, text.key());
    }

    /** The English words stored with a record when it is written. */
    public String english(TimelineText text) {
        return of(text, Locale.ENGLISH);
    }

    private String render(TimelineText text, Locale locale, String otherwise) {
        Object[] arguments = text.arguments().stream().map(argument -> words(argument, locale)).toArray();
        return words.textOr(otherwise, locale, text.key(), arguments);
    }

    private String words(TimelineText.Argument argument, Locale locale) {
        if (argument instanceof TimelineText.Plain plain) {
            return plain.text();
        } else if (argument instanceof TimelineText.Label label) {
            return words.label(locale, label.key());
        } else if (argument instanceof TimelineText.LabelList list) {
            return String.join(", ", list.keys().stream().map(key -> words.label(locale, key)).toList());
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
