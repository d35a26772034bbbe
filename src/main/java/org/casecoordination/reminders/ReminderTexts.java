package org.casecoordination.reminders;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * A reminder's words in the recipient's language, from the message bundle messages/reminders: where and when,
 * never why. The caller decides what "where" may say (a place, a provider's name only when it gives no program
 * away); these texts name no diagnosis, program or service type. The day and time are the agency's (business
 * calendar zone). A text ends with how to ask and how to stop; an email has a subject.
 */
@Component
class ReminderTexts {

    /** What one reminder says, before it is put in a language. */
    record About(MessagePurpose purpose, Instant startsAt, String where) {
    }

    record Email(String subject, String body) {
    }

    private final Words words;
    private final ReminderTimes times;
    private final ReminderSettings settings;

    ReminderTexts(Words words, ReminderTimes times, ReminderSettings settings) {
        this.words = words;
        this.times = times;
        this.settings = settings;
    }

    String sms(About about, Locale language) {
        return sentence(about, language) + " " + words.text(language, "reminder.sms.footer", phone());
    }

    Email email(About about, Locale language) {
        return new Email(words.text(language, "reminder.subject." + about.purpose().name()),
                sentence(about, language) + "\n\n" + words.text(language, "reminder.email.footer", phone()));
    }

    private String sentence(About about, Locale language) {
        String key = "reminder.text." + about.purpose().name() + (about.where() == null ? ".nowhere" : "");
        var local = about.startsAt().atZone(times.zone());
        String day = DateTimeFormatter.ofPattern(words.text(language, "reminder.dayPattern"), language).format(local);
        // newer JDKs put a narrow no-break space before AM/PM, which would make a text cost twice as much
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(local)
                .replace('\u202f', ' ');
        return words.text(language, key, day, time, about.where());
    }

    java.time.ZoneId zone() {
        return times.zone();
    }

    private String phone() {
        return settings.phone() == null ? "" : settings.phone();
    }
}
