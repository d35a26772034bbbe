package org.casecoordination.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One text message in the case's delivery log: to whom, why, in which language, and where it stands (queued,
 * held for quiet hours, sent, delivered, failed and why, or not sent and why). The case is kept by id and number,
 * so the log is read without loading the case.
 */
@Entity
@Table(name = "outgoing_message")
public class OutgoingMessage {

    static final String SMS = "SMS";
    static final String EMAIL = "EMAIL";
    private static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_message_seq")
    @SequenceGenerator(name = "outgoing_message_seq", sequenceName = "outgoing_message_seq", allocationSize = 50)
    private Long id;

    private Long caseId;
    private String caseNumber;
    private Long contactId;
    private String recipient;
    private String channel;

    @Enumerated(EnumType.STRING)
    private MessagePurpose purpose;

    private String language;
    /** An email's subject; null for a text. */
    private String subject;
    private String body;
    /** An email's unsubscribe link names this random token, never the address or the case. */
    private String unsubscribeToken;
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private String providerMessageId;
    private String errorCode;
    private String errorReason;
    private int attempts;
    private Instant holdUntil;
    private Instant createdAt;
    private Instant sentAt;
    private Instant statusAt;

    protected OutgoingMessage() {
    }

    OutgoingMessage(Long caseId, TextMessageRequest request, Instant now) {
        this.caseId = caseId;
        this.caseNumber = request.caseNumber();
        this.contactId = request.contactId();
        this.recipient = request.recipient();
        this.channel = SMS;
        this.purpose = request.purpose();
        this.language = request.language();
        this.body = request.body();
        this.urgent = request.urgent();
        this.status = DeliveryStatus.QUEUED;
        this.createdAt = now;
        this.statusAt = now;
    }

    OutgoingMessage(Long caseId, EmailMessageRequest request, String unsubscribeToken, Instant now) {
        this.caseId = caseId;
        this.caseNumber = request.caseNumber();
        this.contactId = request.contactId();
        this.recipient = request.recipient();
        this.channel = EMAIL;
        this.purpose = request.purpose();
        this.language = request.language();
        this.subject = request.subject();
        this.body = request.body();
        this.unsubscribeToken = unsubscribeToken;
        this.status = DeliveryStatus.QUEUED;
        this.createdAt = now;
        this.statusAt = now;
    }

    public boolean isEmail() {
        return EMAIL.equals(channel);
    }

    void notSent(DeliveryStatus why, Instant now) {
        moveTo(why, now);
        this.holdUntil = null;
    }

    void heldUntil(Instant end, Instant now) {
        moveTo(DeliveryStatus.NOT_SENT_QUIET_HOURS, now);
        this.holdUntil = end;
    }

    void sent(String providerMessageId, Instant now) {
        this.attempts++;
        this.providerMessageId = providerMessageId;
        this.sentAt = now;
        this.holdUntil = null;
        this.errorCode = null;
        this.errorReason = null;
        moveTo(DeliveryStatus.SENT, now);
    }

    /** The provider refused the message itself (an invalid number, a landline): trying again would not help. */
    void refused(String code, String reason, Instant now) {
        this.attempts++;
        this.holdUntil = null;
        failure(code, reason);
        moveTo(DeliveryStatus.FAILED, now);
    }

    /** The provider could not be reached or failed: the engine tries again; the status stays queued. */
    void attemptFailed(String reason, Instant now) {
        this.attempts++;
        failure(null, reason);
        this.statusAt = now;
    }

    /**
     * What a status callback reports; ignored when it would move the message back (a late "sent" after
     * "delivered"). True when the status changed.
     */
    boolean reported(DeliveryStatus reported, String code, String reason, Instant now) {
        if (reported.isBefore(status) || reported == status && code == null) {
            return false;
        }
        moveTo(reported, now);
        if (code != null) {
            failure(code, reason);
        }
        return true;
    }

    private void failure(String code, String reason) {
        this.errorCode = code;
        this.errorReason = reason == null || reason.length() <= REASON_LENGTH ? reason
                : reason.substring(0, REASON_LENGTH);
    }

    private void moveTo(DeliveryStatus next, Instant now) {
        this.status = next;
        this.statusAt = now;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public Long getContactId() { return contactId; }
    public String getRecipient() { return recipient; }
    public String getChannel() { return channel; }
    public MessagePurpose getPurpose() { return purpose; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    String getUnsubscribeToken() { return unsubscribeToken; }
    public boolean isUrgent() { return urgent; }
    public DeliveryStatus getStatus() { return status; }
    public String getProviderMessageId() { return providerMessageId; }
    public String getErrorCode() { return errorCode; }
    public String getErrorReason() { return errorReason; }
    public int getAttempts() { return attempts; }
    public Instant getHoldUntil() { return holdUntil; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getStatusAt() { return statusAt; }
}
