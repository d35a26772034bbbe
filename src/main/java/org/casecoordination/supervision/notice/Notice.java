package org.casecoordination.supervision.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

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
    private String message;
    private Instant createdAt;
    private Instant readAt;
    /** A safety concern or a crisis: first and red on the notices page. */
    private boolean urgent;

    protected Notice() {
    }

    public Notice(String recipient, String caseNumber, String taskId, String message) {
        this(recipient, caseNumber, taskId, message, false);
    }

    public Notice(String recipient, String caseNumber, String taskId, String message, boolean urgent) {
        this.recipient = recipient;
        this.caseNumber = caseNumber;
        this.taskId = taskId;
        this.message = message;
        this.urgent = urgent;
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
}
