package org.casecoordination.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.client.Client;

/**
 * A client's consent, modelled on FHIR Consent: a purpose ({@link ConsentPurpose}), an actor (the recipient: a
 * named provider or organisation, or {@code null} for any provider the coordinator arranges a service with, a
 * general designation 42 CFR 2.31(a)(4) allows for treatment), and a provision period from {@code givenOn} to
 * {@code validUntil} (inclusive; none = until revoked). It belongs to the client, not to a case, because the client
 * gave it; the case it was recorded from is kept for the record.
 * <p>
 * Never deleted and never edited: revoking sets the revocation once, and a changed consent is a new one, so the
 * history of what the client allowed on any past day stays answerable. The state is derived ({@link #stateOn}).
 */
@Entity
@Table(name = "client_consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_consent_seq")
    @SequenceGenerator(name = "client_consent_seq", sequenceName = "client_consent_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_from_case")
    private CareCase recordedFromCase;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    private String recipient;
    private LocalDate givenOn;
    private LocalDate validUntil;
    private String recordedBy;
    private Instant recordedAt;
    private LocalDate revokedOn;
    private String revokedBy;
    private Instant revokedAt;
    private String revocationReason;
    /** The signed consent form (a case document) this consent was recorded from; null when entered on the page. */
    private Long signedDocumentId;

    @Version
    private Long version;

    protected Consent() {
    }

    public Consent(CareCase recordedFrom, ConsentPurpose purpose, String recipient, LocalDate givenOn,
            LocalDate validUntil, String recordedBy) {
        this.client = recordedFrom.getClient();
        this.recordedFromCase = recordedFrom;
        this.purpose = purpose;
        this.recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
        this.givenOn = givenOn;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    /** A consent the client signed on a consent form, kept as the case document {@code signedDocumentId}. */
    public Consent(CareCase recordedFrom, ConsentPurpose purpose, String recipient, LocalDate givenOn,
            LocalDate validUntil, String recordedBy, Long signedDocumentId) {
        this(recordedFrom, purpose, recipient, givenOn, validUntil, recordedBy);
        this.signedDocumentId = signedDocumentId;
    }

    /** The client withdrew the consent: it ends today; what was disclosed before in reliance on it stays lawful. */
    public void revoke(LocalDate on, String by, String reason) {
        if (isRevoked()) {
            throw new IllegalStateException("Consent " + id + " is already revoked");
        }
        this.revokedOn = on;
        this.revokedBy = by;
        this.revokedAt = Instant.now();
        this.revocationReason = reason.strip();
    }

    public ConsentState stateOn(LocalDate day) {
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return ConsentState.REVOKED;
        }
        if (day.isBefore(givenOn)) {
            return ConsentState.NOT_YET_VALID;
        }
        if (validUntil != null && day.isAfter(validUntil)) {
            return ConsentState.EXPIRED;
        }
        return ConsentState.ACTIVE;
    }

    /** Whether a disclosure to this recipient falls under the consent; {@code null} asks about any provider. */
    public boolean covers(String otherRecipient) {
        return recipient == null || (otherRecipient != null && recipient.equalsIgnoreCase(otherRecipient.strip()));
    }

    public boolean isRevoked() { return revokedOn != null; }
    public Long getId() { return id; }
    public Client getClient() { return client; }
    public CareCase getRecordedFromCase() { return recordedFromCase; }
    public ConsentPurpose getPurpose() { return purpose; }
    public String getRecipient() { return recipient; }
    public LocalDate getGivenOn() { return givenOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevocationReason() { return revocationReason; }
    public Long getSignedDocumentId() { return signedDocumentId; }
}
