package org.casecoordination.supervision.notice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.casefile.TimelineWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notice list: the reminders and hand-overs each person sees at /notices. A notice is kept as a message
 * key with its arguments ({@code TimelineText.of("notice.overdue", taskName, due)}, keys in messages/notices), so
 * its reader sees it in the language she reads in that day; the English words are stored beside it as written.
 */
@Service
public class Notices {

    private final NoticeRepository notices;
    private final TimelineWords words;

    Notices(NoticeRepository notices, TimelineWords words) {
        this.notices = notices;
        this.words = words;
    }

    /** Joins the caller's transaction (usually the engine's): the notice exists exactly when the event happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String recipient, String caseNumber, String taskId, TimelineText text) {
        notices.save(new Notice(recipient, caseNumber, taskId, text, words.english(text), false));
    }

    /** A safety concern or a crisis: shown first and red until read. Joins the caller's transaction too. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendUrgent(String recipient, String caseNumber, String taskId, TimelineText text) {
        notices.save(new Notice(recipient, caseNumber, taskId, text, words.english(text), true));
    }

    /** Unread urgent notices first (however old), then the latest of the rest. */
    @Transactional(readOnly = true)
    public List<Notice> of(String recipient) {
        Map<Long, Notice> shown = new LinkedHashMap<>();
        notices.findTop50ByRecipientAndUrgentTrueAndReadAtIsNullOrderByCreatedAtDescIdDesc(recipient)
                .forEach(notice -> shown.put(notice.getId(), notice));
        notices.findTop50ByRecipientOrderByCreatedAtDescIdDesc(recipient)
                .forEach(notice -> shown.putIfAbsent(notice.getId(), notice));
        return List.copyOf(shown.values());
    }

    /** How many of the person's notices are unread: the count beside "Notices" in every page's header. */
    @Transactional(readOnly = true)
    public long unread(String recipient) {
        return notices.countByRecipientAndReadAtIsNull(recipient);
    }

    /** All of them, not only the ones the list shows: the count in the header goes to zero. */
    @Transactional
    public void markAllRead(String recipient) {
        notices.markAllRead(recipient, Instant.now());
    }
}
