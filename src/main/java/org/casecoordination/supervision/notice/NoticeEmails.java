package org.casecoordination.supervision.notice;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.casecoordination.security.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the email of a notice that is wanted at once: on a thread of its own after the transaction that made the
 * notice commits (the action that caused it never waits for, nor fails with, the mail server), and again on a timer
 * for the ones that failed or whose node stopped. Each email is claimed in the database before it is sent, so two
 * nodes never send the same one; a node that stops mid-send leaves a claim that runs out and is taken again (the one
 * case where an email may go out twice).
 */
@Service
class NoticeEmails {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeEmails.class);
    /** How long a claim holds: far longer than the mail server's timeouts. */
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final NoticeRepository notices;
    private final StaffMail mail;
    private final NoticeEmailWords words;
    private final People people;
    private final NoticeEmailProperties properties;
    private final TransactionTemplate transaction;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "notice-email");
        thread.setDaemon(true);
        return thread;
    });

    NoticeEmails(NoticeRepository notices, StaffMail mail, NoticeEmailWords words, People people,
            NoticeEmailProperties properties, PlatformTransactionManager transactions) {
        this.notices = notices;
        this.mail = mail;
        this.words = words;
        this.people = people;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Queues the email for when the caller's transaction commits; a rolled back notice sends nothing. Whatever goes
     * wrong here leaves the email to the timer: the caller's action has committed and must not fail now.
     */
    void sendAfterCommit(long noticeId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    sending.execute(() -> send(noticeId));
                } catch (RuntimeException e) {
                    LOG.warn("Notice {} email left to the next check: {}", noticeId, e.toString());
                }
            }
        });
    }

    @Scheduled(fixedDelayString = "${case-coordination.notice-email.check-interval:PT1M}",
            initialDelayString = "${case-coordination.notice-email.check-interval:PT1M}")
    public void sendDue() {
        if (mail.on()) {
            notices.emailsDue(NoticeEmailState.AT_ONCE, NoticeEmailState.SENDING, Instant.now()).forEach(this::send);
        }
    }

    /** Sends one notice's email if this node gets it; a failure is recorded and tried again later, never thrown. */
    void send(long noticeId) {
        try {
            Instant now = Instant.now();
            Integer claimed = transaction.execute(status -> notices.claimEmail(noticeId, NoticeEmailState.AT_ONCE,
                    NoticeEmailState.SENDING, now, now.plus(CLAIM)));
            if (claimed == null || claimed == 0) {
                return;
            }
            Notice notice = notices.findById(noticeId).orElseThrow();
            Optional<String> address = people.email(notice.getRecipient());
            if (address.isEmpty()) {
                LOG.warn("Notice {}: no email address for {}; shown in the app only", noticeId, notice.getRecipient());
                update(noticeId, n -> n.emailNotSent("no email address"));
                return;
            }
            NoticeEmailWords.Email email = words.of(notice, words.languageOf(notice.getRecipient()));
            mail.send(address.get(), email.subject(), email.text());
            update(noticeId, n -> n.emailSent(Instant.now()));
        } catch (RuntimeException e) {
            failed(noticeId, e);
        }
    }

    private void failed(long noticeId, RuntimeException e) {
        try {
            update(noticeId, notice -> {
                int attempt = notice.getEmailAttempts() + 1;
                Instant next = attempt >= properties.attempts() ? null
                        : Instant.now().plus(properties.retryAfter().multipliedBy(1L << Math.min(attempt - 1, 10)));
                notice.emailFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), next);
                LOG.warn("Notice {} email failed (attempt {}): {}{}", noticeId, attempt, e.getClass().getSimpleName(),
                        next == null ? "; given up, the notice stays in the app" : "; tried again at " + next);
            });
        } catch (RuntimeException again) {
            LOG.error("Notice {} email failed and could not be recorded", noticeId, again);
        }
    }

    private void update(long noticeId, java.util.function.Consumer<Notice> change) {
        transaction.executeWithoutResult(status -> notices.findById(noticeId).ifPresent(change));
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
