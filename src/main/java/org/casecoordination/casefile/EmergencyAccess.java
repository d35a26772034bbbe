package org.casecoordination.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Duration;
import java.time.Instant;

/** One "break the glass" opening of a case by someone outside its team: who, why, until when, reviewed by whom. */
@Entity
public class EmergencyAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emergency_access_seq")
    @SequenceGenerator(name = "emergency_access_seq", sequenceName = "emergency_access_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    private String userId;
    private String reason;
    private Instant grantedAt;
    private Instant expiresAt;
    private String reviewedBy;
    private Instant reviewedAt;

    protected EmergencyAccess() {
    }

    EmergencyAccess(CareCase careCase, String userId, String reason, Instant now, Duration length) {
        this.careCase = careCase;
        this.userId = userId;
        this.reason = reason;
        this.grantedAt = now;
        this.expiresAt = now.plus(length);
    }

    void markReviewed(String supervisor, Instant when) {
        this.reviewedBy = supervisor;
        this.reviewedAt = when;
    }

    public Long getId() { return id; }
    public CareCase getCareCase() { return careCase; }
    public String getUserId() { return userId; }
    public String getReason() { return reason; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
