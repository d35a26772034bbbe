package org.casecoordination.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.casecoordination.client.Client;
import org.casecoordination.processes.CaseStage;
import org.hibernate.annotations.NaturalId;

/** One episode of care coordination for a client (FHIR EpisodeOfCare). */
@Entity
@Table(name = "care_case")
// named, so Spring Data finds it instead of trying (and failing with an exception) on every query
@NamedEntityGraph(name = CareCase.WITH_CLIENT, attributeNodes = @NamedAttributeNode("client"))
public class CareCase {

    static final String WITH_CLIENT = "CareCase.withClient";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_case_seq")
    @SequenceGenerator(name = "care_case_seq", sequenceName = "care_case_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    private String caseNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    private String team;
    private String owner;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private Acuity acuity;

    private String referralSource;
    private String processInstanceId;
    private Instant openedAt;
    private Instant closedAt;
    private String closureReason;

    @Version
    private Long version;

    protected CareCase() {
    }

    public CareCase(String caseNumber, Client client, String team, Urgency urgency, String referralSource) {
        this.caseNumber = caseNumber;
        this.client = client;
        this.team = team;
        this.urgency = urgency;
        this.referralSource = referralSource;
        this.stage = CaseStage.INTAKE;
        this.openedAt = Instant.now();
    }

    public void moveTo(CaseStage newStage) {
        this.stage = newStage;
        if (newStage == CaseStage.CLOSED && closedAt == null) {
            closedAt = Instant.now();
        }
    }

    /** Back to assessment after closure; the closure's date and reason no longer apply. */
    public void reopen() {
        this.stage = CaseStage.ASSESSMENT;
        this.closedAt = null;
        this.closureReason = null;
    }

    public boolean isClosed() {
        return stage == CaseStage.CLOSED;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public Client getClient() { return client; }
    public CaseStage getStage() { return stage; }
    public String getTeam() { return team; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public Urgency getUrgency() { return urgency; }
    /** Null until the first assessment has been decided. */
    public Acuity getAcuity() { return acuity; }
    public void setAcuity(Acuity acuity) { this.acuity = acuity; }
    public String getReferralSource() { return referralSource; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosureReason() { return closureReason; }
    public void setClosureReason(String closureReason) { this.closureReason = closureReason; }
}
