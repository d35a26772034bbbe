package org.casecoordination.arrangement;

import jakarta.persistence.Convert;
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
import java.util.List;
import java.util.Optional;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.TimelineArgumentsConverter;
import org.casecoordination.casefile.TimelineText;

/**
 * A referral of a case to a provider for one service (FHIR ServiceRequest with its Task): its current status with
 * who set it when (the history is in {@link ProviderReferralStatusChange}), the consent it relies on, the agreed start.
 */
@Entity
@Table(name = "provider_referral")
public class ProviderReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Enumerated(EnumType.STRING)
    private ProviderReferralStatus status;
    private Instant statusChangedAt;
    private String statusChangedBy;
    /** As typed, or the English of the system's words; all a reason from before message keys has. */
    private String statusReason;
    private String statusReasonKey;
    @Convert(converter = TimelineArgumentsConverter.class)
    private List<TimelineText.Argument> statusReasonArguments;

    private Long consentId;
    private String redisclosureNotice;
    private String consentScope;

    private LocalDate startDate;
    private String schedule;

    private Instant emailSentAt;
    private String emailError;
    private Instant emailFailedAt;
    private String emailNotSent;

    private Long servesReferralId;
    private String pickupAddress;
    private String pickupTime;
    private String returnTime;
    private String mobilityNeeds;

    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected ProviderReferral() {
    }

    ProviderReferral(CareCase careCase, ServiceType serviceType, Provider provider, String createdBy, Instant now) {
        this.careCase = careCase;
        this.serviceType = serviceType;
        this.provider = provider;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = ProviderReferralStatus.DRAFT;
        this.statusChangedAt = now;
        this.statusChangedBy = createdBy;
    }

    void relyOn(Long consentId, String redisclosureNotice, String consentScope) {
        this.consentId = consentId;
        this.redisclosureNotice = redisclosureNotice;
        this.consentScope = consentScope;
    }

    void changeStatus(ProviderReferralStatus newStatus, String by, StatusReason reason, Instant at) {
        this.status = newStatus;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
        this.statusReason = reason == null ? null : reason.written();
        TimelineText text = reason == null ? null : reason.text();
        this.statusReasonKey = text == null ? null : text.key();
        this.statusReasonArguments = text == null ? null : text.arguments();
    }

    void agreeStart(LocalDate startDate, String schedule) {
        this.startDate = startDate;
        this.schedule = schedule;
    }

    void emailSent(Instant at) {
        this.emailSentAt = at;
        this.emailError = null;
        this.emailFailedAt = null;
        this.emailNotSent = null;
    }

    /** No email went out, and none will be retried: why (no mail server configured). */
    void emailNotSent(String why) {
        this.emailNotSent = why;
        this.emailError = null;
        this.emailFailedAt = null;
    }

    void emailFailed(String error, Instant at) {
        this.emailError = error;
        this.emailFailedAt = at;
    }

    void transport(Long servesReferralId, String pickupAddress, String pickupTime, String returnTime,
            String mobilityNeeds) {
        this.servesReferralId = servesReferralId;
        this.pickupAddress = pickupAddress;
        this.pickupTime = pickupTime;
        this.returnTime = returnTime;
        this.mobilityNeeds = mobilityNeeds;
    }

    public Long getId() { return id; }
    public CareCase getCareCase() { return careCase; }
    public ServiceType getServiceType() { return serviceType; }
    public Provider getProvider() { return provider; }
    public ProviderReferralStatus getStatus() { return status; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public String getStatusChangedBy() { return statusChangedBy; }
    public String getStatusReason() { return statusReason; }

    /**
     * The system's reason in words for any reader ({@code ${@timelineWords.of(r.statusReasonText, r.statusReason)}});
     * empty for a reason a person typed and for reasons from before message keys.
     */
    public Optional<TimelineText> getStatusReasonText() {
        return statusReasonKey == null ? Optional.empty() : Optional.of(new TimelineText(statusReasonKey,
                statusReasonArguments == null ? List.of() : statusReasonArguments));
    }
    public Long getConsentId() { return consentId; }
    public String getRedisclosureNotice() { return redisclosureNotice; }
    public String getConsentScope() { return consentScope; }
    public LocalDate getStartDate() { return startDate; }
    public String getSchedule() { return schedule; }
    public Instant getEmailSentAt() { return emailSentAt; }
    public String getEmailError() { return emailError; }
    public Instant getEmailFailedAt() { return emailFailedAt; }
    public String getEmailNotSent() { return emailNotSent; }
    public Long getServesReferralId() { return servesReferralId; }
    public String getPickupAddress() { return pickupAddress; }
    public String getPickupTime() { return pickupTime; }
    public String getReturnTime() { return returnTime; }
    public String getMobilityNeeds() { return mobilityNeeds; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    /** Changes with every change of the referral: the FHIR Task's version, for If-Match. */
    public long getVersion() { return version; }
}
