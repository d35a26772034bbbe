package org.casecoordination.casefile;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** The English words as written; all an entry from before message keys has. */
    private String summary;

    private String messageKey;

    @Convert(converter = TimelineArgumentsConverter.class)
    private List<TimelineText.Argument> messageArguments;

    protected TimelineEntry() {
    }

    TimelineEntry(CareCase careCase, String actor, TimelineKind kind, TimelineText text, String englishSummary) {
        this(careCase, actor, kind, englishSummary);
        this.messageKey = text.key();
        this.messageArguments = text.arguments();
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

    /** What the line says, in words for any language; empty for lines written before message keys. */
    public Optional<TimelineText> getText() {
        return messageKey == null ? Optional.empty()
                : Optional.of(new TimelineText(messageKey, messageArguments == null ? List.of() : messageArguments));
    }
}
