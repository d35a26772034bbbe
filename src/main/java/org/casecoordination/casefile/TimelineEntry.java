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
import java.time.Instant;

/** One line of the case timeline: what was done, by whom, when. Append-only. */
@Entity
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_entry_seq")
    @SequenceGenerator(name = "timeline_entry_seq", sequenceName = "timeline_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    private Instant occurredAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private TimelineKind kind;

    private String summary;

    protected TimelineEntry() {
    }

    public TimelineEntry(CareCase careCase, String actor, TimelineKind kind, String summary) {
        this.careCase = careCase;
        this.actor = actor;
        this.kind = kind;
        this.summary = summary.length() > 500 ? summary.substring(0, 497) + "..." : summary;
        this.occurredAt = Instant.now();
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public TimelineKind getKind() { return kind; }
    public String getSummary() { return summary; }
}
