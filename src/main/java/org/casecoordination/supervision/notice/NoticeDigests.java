package org.casecoordination.supervision.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.casecoordination.security.People;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: once a day, at {@code digest-at} in the agency's time zone (the business calendar's), one email
 * per person listing the notices they asked to get that way, as links. Every node checks every few minutes; the
 * unique (person, day) row decides which one sends, so two nodes send one digest, a restart sends none twice, and a
 * node that was down at the hour sends the missed day's digest when it is back (with everything not yet in one).
 * A unique row rather than a Camunda timer: the day's record is needed anyway, it is one insert, and there is no
 * diagram for an analyst to change by mistake.
 */
@Service
class NoticeDigests {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDigests.class);
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final NoticeRepository notices;
    private final NoticeDigestRepository digests;
    private final StaffMail mail;
    private final NoticeEmailWords words;
    private final People people;
    private final NoticeEmailProperties properties;
    private final BusinessHours hours;
    private final TransactionTemplate transaction;

    NoticeDigests(NoticeRepository notices, NoticeDigestRepository digests, StaffMail mail, NoticeEmailWords words,
            People people, NoticeEmailProperties properties, BusinessHours hours,
            PlatformTransactionManager transactions) {
        this.notices = notices;
        this.digests = digests;
        this.mail = mail;
        this.words = words;
        this.people = people;
        this.properties = properties;
        this.hours = hours;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${case-coordination.notice-email.digest-check-interval:PT5M}",
            initialDelayString = "${case-coordination.notice-email.digest-check-interval:PT5M}")
    public void sendDue() {
        sendDue(Instant.now());
    }

    /** The latest digest time at or before {@code now}: the notices before it belong to that day's digest. */
    void sendDue(Instant now) {
        if (!mail.on()) {
            return;
        }
        LocalDate day = lastDigestDay(now);
        Instant until = day.atTime(properties.digestAt()).atZone(hours.zone()).toInstant();
        for (String recipient : notices.digestRecipients(NoticeEmailState.DIGEST, until)) {
            take(recipient, day, until, now).ifPresent(digestId -> send(digestId));
        }
        for (Long digestId : digests.due(now)) {
            Integer claimed = transaction.execute(status -> digests.claim(digestId, now, now.plus(CLAIM)));
            if (claimed != null && claimed == 1) {
                send(digestId);
            }
        }
    }

    private LocalDate lastDigestDay(Instant now) {
        ZonedDateTime local = now.atZone(hours.zone());
        return local.toLocalTime().isBefore(properties.digestAt()) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
    }

    /** The day's row and its notices, in one transaction; empty when the day's digest is taken already. */
    private Optional<Long> take(String recipient, LocalDate day, Instant until, Instant now) {
        try {
            return Optional.ofNullable(transaction.execute(status -> {
                NoticeDigest digest = digests.saveAndFlush(new NoticeDigest(recipient, day, now.plus(CLAIM)));
                notices.putInDigest(recipient, digest.getId(), NoticeEmailState.DIGEST, NoticeEmailState.IN_DIGEST,
                        until);
                return digest.getId();
            }));
        } catch (DataIntegrityViolationException taken) {
            return Optional.empty();
        }
    }

    private void send(long digestId) {
        try {
            NoticeDigest digest = digests.findById(digestId).orElseThrow();
            Optional<String> address = people.email(digest.getRecipient());
            if (address.isEmpty()) {
                update(digestId, d -> d.notSent("no email address"));
                return;
            }
            List<Notice> listed = notices.findByDigestIdOrderByCreatedAtAscIdAsc(digestId);
            NoticeEmailWords.Email email = words.digest(listed, digest.getDigestDay(),
                    words.languageOf(digest.getRecipient()));
            mail.send(address.get(), email.subject(), email.text());
            update(digestId, d -> d.sent(Instant.now()));
        } catch (RuntimeException e) {
            try {
                update(digestId, d -> {
                    int attempt = d.getAttempts() + 1;
                    Instant next = attempt >= properties.attempts() ? null
                            : Instant.now().plus(properties.retryAfter().multipliedBy(1L << Math.min(attempt - 1, 10)));
                    d.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), next);
                    LOG.warn("Digest {} failed (attempt {}): {}", digestId, attempt, e.getClass().getSimpleName());
                });
            } catch (RuntimeException again) {
                LOG.error("Digest {} failed and could not be recorded", digestId, again);
            }
        }
    }

    private void update(long digestId, java.util.function.Consumer<NoticeDigest> change) {
        transaction.executeWithoutResult(status -> digests.findById(digestId).ifPresent(change));
    }
}
