package org.casecoordination.supervision.notice;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The in-app notice list: the reminders and hand-overs each person sees at /notices. */
@Service
public class Notices {

    private final NoticeRepository notices;

    Notices(NoticeRepository notices) {
        this.notices = notices;
    }

    /** Joins the caller's transaction (usually the engine's): the notice exists exactly when the event happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String recipient, String caseNumber, String taskId, String message) {
        notices.save(new Notice(recipient, caseNumber, taskId, message));
    }

    @Transactional(readOnly = true)
    public List<Notice> of(String recipient) {
        return notices.findTop50ByRecipientOrderByCreatedAtDescIdDesc(recipient);
    }

    /** How many of the person's notices are unread: the count beside "Notices" in every page's header. */
    @Transactional(readOnly = true)
    public long unread(String recipient) {
        return notices.countByRecipientAndReadAtIsNull(recipient);
    }

    @Transactional
    public void markAllRead(String recipient) {
        notices.findTop50ByRecipientOrderByCreatedAtDescIdDesc(recipient).forEach(Notice::markRead);
    }
}
