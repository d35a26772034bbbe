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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a case carries, visibly, until someone deals with it (a safety concern until its response is
 * recorded, a crisis until its response is recorded). Never deleted: the raise and the resolution are part of the record.
 */
@Entity
@Table(name = "case_flag")
public class CaseFlag {

    /** SAFETY: a screening answer waits for its response; CRISIS: a reported crisis waits for its response. */
    public enum Kind { SAFETY, CRISIS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_flag_seq")
    @SequenceGenerator(name = "case_flag_seq", sequenceName = "case_flag_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** What raised it, e.g. the instrument codes "PHQ9, AHCHRSN"; never client text. */
    private String reason;
    private Instant raisedAt;
    private String raisedBy;
    private Instant resolvedAt;
    private String resolvedBy;

    protected CaseFlag() {
    }

    public CaseFlag(CareCase careCase, Kind kind, String reason, String raisedBy) {
        this.careCase = careCase;
        this.kind = kind;
        this.reason = reason;
        this.raisedBy = raisedBy;
        this.raisedAt = Instant.now();
    }

    public void addReason(String another) {
        if (!java.util.Arrays.asList(reason.split(", ")).contains(another)) {
            reason = reason + ", " + another;
        }
    }

    public void resolve(String by) {
        this.resolvedBy = by;
        this.resolvedAt = Instant.now();
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() { return id; }
    public CareCase getCareCase() { return careCase; }
    public Kind getKind() { return kind; }
    public String getReason() { return reason; }
    public Instant getRaisedAt() { return raisedAt; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
}
