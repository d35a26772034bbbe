package org.casecoordination.arrangement;

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
    /** As typed, or the English of the system's words; all a reason from before message keys has. */
    private String reason;
    private String reasonKey;
    @Convert(converter = TimelineArgumentsConverter.class)
    private List<TimelineText.Argument> reasonArguments;

    protected ProviderReferralStatusChange() {
    }

    ProviderReferralStatusChange(Long referralId, ProviderReferralStatus status, Instant changedAt, String changedBy,
            StatusReason reason) {
        this.referralId = referralId;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason == null ? null : reason.written();
        TimelineText text = reason == null ? null : reason.text();
        this.reasonKey = text == null ? null : text.key();
        this.reasonArguments = text == null ? null : text.arguments();
    }

    public Long getReferralId() { return referralId; }
    public ProviderReferralStatus getStatus() { return status; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }

    /** The system's reason in words for any reader; empty for a typed reason and for older rows. */
    public Optional<TimelineText> getReasonText() {
        return reasonKey == null ? Optional.empty()
                : Optional.of(new TimelineText(reasonKey, reasonArguments == null ? List.of() : reasonArguments));
    }
}
