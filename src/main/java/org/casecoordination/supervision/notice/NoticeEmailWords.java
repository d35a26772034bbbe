package org.casecoordination.supervision.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.casefile.TimelineWords;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Languages;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * What a staff email says, in its reader's saved language (else the agency's): what happened in plain words, the
 * task's name, a link. Never the notice's own text: it may carry words someone typed about the client (a hand-over
 * reason), and an email leaves the app's protection. No client name, concern or case number: the link is enough.
 */
@Component
class NoticeEmailWords {

    private final Words words;
    private final TimelineWords timelineWords;
    private final People people;
    private final Languages languages;
    private final Dates dates;
    private final StaffMail mail;

    NoticeEmailWords(Words words, TimelineWords timelineWords, People people, Languages languages, Dates dates,
            StaffMail mail) {
        this.words = words;
        this.timelineWords = timelineWords;
        this.people = people;
        this.languages = languages;
        this.dates = dates;
        this.mail = mail;
    }

    record Email(String subject, String text) {
    }

    Locale languageOf(String userId) {
        return people.chosenLanguage(userId).flatMap(languages::supported).orElseGet(languages::defaultLanguage);
    }

    Email of(Notice notice, Locale language) {
        String text = String.join("\n\n", List.of(
                subject(notice, language) + taskLine(notice, language).map(line -> "\n" + line).orElse(""),
                words.text(language, "noticeEmail.open", link(notice)),
                words.text(language, "noticeEmail.privacy"),
                footer(language)));
        return new Email(subject(notice, language), text + "\n");
    }

    Email digest(List<Notice> notices, LocalDate day, Locale language) {
        StringBuilder text = new StringBuilder(words.text(language, "noticeDigest.intro", notices.size()));
        for (Notice notice : notices) {
            text.append("\n\n- ").append(dates.dateTime(notice.getCreatedAt(), language)).append(": ")
                    .append(subject(notice, language));
            taskLine(notice, language).ifPresent(line -> text.append("\n  ").append(line));
            text.append("\n  ").append(link(notice));
        }
        text.append("\n\n").append(words.text(language, "noticeEmail.privacy")).append("\n\n").append(footer(language));
        return new Email(words.text(language, "noticeDigest.subject", dates.day(day, language)), text + "\n");
    }

    private String subject(Notice notice, Locale language) {
        return words.text(language, "noticeEmail.subject." + notice.getKind().name());
    }

    /** The task's name in the reader's language, when the notice names a task of a diagram. */
    private Optional<String> taskLine(Notice notice, Locale language) {
        return notice.getText().flatMap(text -> text.arguments().stream()
                        .filter(TimelineText.TaskName.class::isInstance).findFirst())
                .map(task -> timelineWords.of(TimelineText.of("noticeEmail.task", task), language));
    }

    /** The task when there is one (its id says nothing about the client), else the notice, which opens the case. */
    private String link(Notice notice) {
        return mail.link(notice.getTaskId() != null ? "/tasks/" + notice.getTaskId()
                : "/notices/" + notice.getId() + "/open");
    }

    private String footer(Locale language) {
        return words.text(language, "noticeEmail.settings", mail.link(NoticeSettingsController.PATH)) + "\n"
                + words.text(language, "noticeEmail.urgentAlways");
    }
}
