package org.casecoordination.security.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log. Append-only: no setters, and {@link Immutable} so Hibernate never writes a change to
 * a loaded row. Values are cut to their column and stripped of control characters, because some of them (an
 * attempted user name, a path) come straight from the caller.
 */
@Entity
@Immutable
public class AuditEvent {

    /** Who acted when no one is logged in. */
    public static final String ANONYMOUS = "anonymous";
    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String caseNumber;
    private String resource;
    private String outcome;
    private String remoteAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String caseNumber, String resource,
            String outcome, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor == null || actor.isBlank() ? ANONYMOUS : clean(actor, 64);
        this.action = action;
        this.caseNumber = caseNumber == null ? null : clean(caseNumber, 32);
        this.resource = resource == null ? "" : clean(resource, 2000);
        this.outcome = outcome == null ? FAILURE : clean(outcome, 16);
        this.remoteAddress = remoteAddress == null ? null : clean(remoteAddress, 64);
    }

    private static String clean(String value, int maxLength) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > maxLength ? printable.substring(0, maxLength) : printable;
    }

    /** The same event without its id: to write again when the transaction that gave it one rolled back. */
    AuditEvent unsaved() {
        return new AuditEvent(occurredAt, actor, action, caseNumber, resource, outcome, remoteAddress);
    }

    /** Refused or failed: a 4xx/5xx status or FAILURE. */
    public boolean isRefused() {
        return FAILURE.equals(outcome) || outcome.startsWith("4") || outcome.startsWith("5");
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public AuditAction getAction() { return action; }
    public String getCaseNumber() { return caseNumber; }
    public String getResource() { return resource; }
    public String getOutcome() { return outcome; }
    public String getRemoteAddress() { return remoteAddress; }
}
