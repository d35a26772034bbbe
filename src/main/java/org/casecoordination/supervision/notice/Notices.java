package org.casecoordination.supervision.notice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.casefile.TimelineWords;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final StaffMail mail;
    private final NoticeEmailSettings settings;
    private final NoticeEmails emails;
    private final JdbcTemplate jdbc;

    Notices(NoticeRepository notices, TimelineWords words, StaffMail mail, NoticeEmailSettings settings,
            NoticeEmails emails, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.words = words;
        this.mail = mail;
        this.settings = settings;
        this.emails = emails;
    }

    /**
     * Joins the caller's transaction (usually the engine's): the notice exists exactly when the event happened. Its
     * email, if the person wants one at once, is sent after that transaction commits (never before, never inside).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String recipient, String caseNumber, String taskId, TimelineText text) {
        save(new Notice(recipient, caseNumber, taskId, text, words.english(text), false,
                emailState(recipient, NoticeKind.of(text.key()), false)));
    }

    /** A safety concern, a crisis, an escalation: shown first and red until read, emailed at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendUrgent(String recipient, String caseNumber, String taskId, TimelineText text) {
        save(new Notice(recipient, caseNumber, taskId, text, words.english(text), true,
                emailState(recipient, NoticeKind.of(text.key()), true)));
    }

    private void save(Notice notice) {
        Notice saved = notices.save(notice);
        if (saved.getEmailState() == NoticeEmailState.AT_ONCE) {
            emails.sendAfterCommit(saved.getId());
        }
    }

    private NoticeEmailState emailState(String recipient, NoticeKind kind, boolean urgent) {
        if (!mail.on()) {
            return NoticeEmailState.NOT_SENT;
        }
        return switch (urgent ? EmailChoice.AT_ONCE : settings.of(recipient, kind)) {
            case AT_ONCE -> NoticeEmailState.AT_ONCE;
            case DIGEST -> NoticeEmailState.DIGEST;
            case NONE -> NoticeEmailState.NONE;
        };
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

    /** One of the person's own notices. */
    @Transactional(readOnly = true)
    public Optional<Notice> own(String recipient, long id) {
        return notices.findById(id).filter(notice -> notice.getRecipient().equals(recipient));
    }

    /**
     * How many of the person's notices are unread: the count beside "Notices" in every page's header. One indexed
     * count ({@code ix_notice_recipient}) in plain JDBC: through a JPA transaction and Hibernate's query it was 9 % of
     * a list page's CPU.
     */
    public long unread(String recipient) {
        Long count = jdbc.queryForObject("select count(*) from notice where recipient = ? and read_at is null",
                Long.class, recipient);
        return count == null ? 0 : count;
    }

    /** All of them, not only the ones the list shows: the count in the header goes to zero. */
    @Transactional
    public void markAllRead(String recipient) {
        notices.markAllRead(recipient, Instant.now());
    }
}
