package org.casecoordination.arrangement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a referral's status: when, by whom, why. Never changed afterwards. */
@Entity
@Table(name = "provider_referral_status_change")
public class ProviderReferralStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_status_change_seq")
    @SequenceGenerator(name = "referral_status_change_seq", sequenceName = "referral_status_change_seq",
            allocationSize = 50)
    private Long id;

    private Long referralId;

    @Enumerated(EnumType.STRING)
    private ProviderReferralStatus status;

    private Instant changedAt;
    private String changedBy;
    private String reason;

    protected ProviderReferralStatusChange() {
    }

    ProviderReferralStatusChange(Long referralId, ProviderReferralStatus status, Instant changedAt, String changedBy, String reason) {
        this.referralId = referralId;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    public Long getReferralId() { return referralId; }
    public ProviderReferralStatus getStatus() { return status; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }
}
