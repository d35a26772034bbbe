package org.casecoordination.appointments;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One appointment or ride of a case. Never deleted: a cancelled one stays, marked. */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    private Long id;

    private Long caseId;
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private AppointmentKind kind;

    private Instant startsAt;
    /** The address the client goes to, or for a ride is picked up at. */
    private String place;
    private Long providerId;
    private Long referralId;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    private String createdBy;
    private Instant createdAt;
    private String changedBy;
    private Instant changedAt;

    @Version
    private long version;

    protected Appointment() {
    }

    Appointment(Long caseId, String caseNumber, AppointmentRequest request, String by, Instant now) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.kind = request.kind();
        this.startsAt = request.startsAt();
        this.place = request.place().strip();
        this.providerId = request.providerId();
        this.referralId = request.referralId();
        this.status = AppointmentStatus.SCHEDULED;
        this.createdBy = by;
        this.createdAt = now;
        this.changedBy = by;
        this.changedAt = now;
    }

    void move(Instant startsAt, String place, String by, Instant now) {
        this.startsAt = startsAt;
        this.place = place.strip();
        this.changedBy = by;
        this.changedAt = now;
    }

    void cancel(String by, Instant now) {
        this.status = AppointmentStatus.CANCELLED;
        this.changedBy = by;
        this.changedAt = now;
    }

    public boolean isScheduled() {
        return status == AppointmentStatus.SCHEDULED;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public AppointmentKind getKind() { return kind; }
    public Instant getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public Long getProviderId() { return providerId; }
    public Long getReferralId() { return referralId; }
    public AppointmentStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public long getVersion() { return version; }
}
