package org.casecoordination.supervision.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's digest of one day. The row is unique per person and day: whichever node inserts it sends the digest,
 * and a node that finds it there (another node, or itself after a restart) leaves that day alone.
 */
@Entity
@Table(name = "notice_digest")
class NoticeDigest {

    static final String SENDING = "SENDING";
    static final String WAITING = "WAITING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String NOT_SENT = "NOT_SENT";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_digest_seq")
    @SequenceGenerator(name = "notice_digest_seq", sequenceName = "notice_digest_seq", allocationSize = 50)
    private Long id;
    private String recipient;
    private LocalDate digestDay;
    private String state;
    private int attempts;
    private Instant nextTry;
    private String error;
    private Instant createdAt;
    private Instant sentAt;

    protected NoticeDigest() {
    }

    /** Taken by the node that creates it, until {@code claimedUntil}. */
    NoticeDigest(String recipient, LocalDate digestDay, Instant claimedUntil) {
        this.recipient = recipient;
        this.digestDay = digestDay;
        this.state = SENDING;
        this.nextTry = claimedUntil;
        this.createdAt = Instant.now();
    }

    Long getId() { return id; }
    String getRecipient() { return recipient; }
    LocalDate getDigestDay() { return digestDay; }
    String getState() { return state; }
    int getAttempts() { return attempts; }

    void sent(Instant at) {
        state = SENT;
        sentAt = at;
        error = null;
    }

    void failed(String error, Instant nextTry) {
        attempts++;
        this.error = error.length() > 500 ? error.substring(0, 500) : error;
        this.state = nextTry == null ? FAILED : WAITING;
        this.nextTry = nextTry;
    }

    void notSent(String why) {
        state = NOT_SENT;
        error = why;
    }
}
