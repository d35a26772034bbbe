package org.casecoordination.supervision.notice;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casecoordination.casefile.TimelineArgumentsConverter;
import org.casecoordination.casefile.TimelineText;

/** Something one person should know about a case task (it is overdue, it was handed to them); no client data. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;
    private String recipient;
    private String caseNumber;
    private String taskId;
    /** The English words as written; all a notice from before message keys has. */
    private String message;
    private String messageKey;
    @Convert(converter = TimelineArgumentsConverter.class)
    private List<TimelineText.Argument> messageArguments;
    private Instant createdAt;
    private Instant readAt;
    /** A safety concern or a crisis: first and red on the notices page. */
    private boolean urgent;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    @Enumerated(EnumType.STRING)
    private NoticeEmailState emailState;
    private int emailAttempts;
    private Instant emailNextTry;
    private String emailError;
    private Instant emailedAt;
    private Long digestId;

    protected Notice() {
    }

    Notice(String recipient, String caseNumber, String taskId, TimelineText text, String english, boolean urgent,
            NoticeEmailState emailState) {
        this.recipient = recipient;
        this.caseNumber = caseNumber;
        this.taskId = taskId;
        this.message = english.length() > 500 ? english.substring(0, 497) + "..." : english;
        this.messageKey = text.key();
        this.messageArguments = text.arguments();
        this.urgent = urgent;
        this.kind = NoticeKind.of(text.key());
        this.emailState = emailState;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getCaseNumber() { return caseNumber; }
    public String getTaskId() { return taskId; }
    public String getMessage() { return message; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isUrgent() { return urgent; }
    public NoticeKind getKind() { return kind == null ? NoticeKind.OTHER : kind; }
    NoticeEmailState getEmailState() { return emailState; }
    int getEmailAttempts() { return emailAttempts; }
    String getEmailError() { return emailError; }
    Instant getEmailedAt() { return emailedAt; }
    Long getDigestId() { return digestId; }

    void emailSent(Instant at) {
        emailState = NoticeEmailState.SENT;
        emailedAt = at;
        emailError = null;
    }

    /** A failed try: again at {@code nextTry}, or recorded as failed for good when there is none. */
    void emailFailed(String error, Instant nextTry) {
        emailAttempts++;
        emailError = error.length() > 500 ? error.substring(0, 500) : error;
        emailState = nextTry == null ? NoticeEmailState.FAILED : NoticeEmailState.AT_ONCE;
        emailNextTry = nextTry;
    }

    void emailNotSent(String why) {
        emailState = NoticeEmailState.NOT_SENT;
        emailError = why;
    }

    /** What the notice says, in words for any language; empty for notices written before message keys. */
    public Optional<TimelineText> getText() {
        return messageKey == null ? Optional.empty()
                : Optional.of(new TimelineText(messageKey, messageArguments == null ? List.of() : messageArguments));
    }
}
