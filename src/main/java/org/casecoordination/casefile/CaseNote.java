package org.casecoordination.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A free-text note on a case. Notes are never edited: a correction is a new note. */
@Entity
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    private String author;
    private Instant createdAt;
    private String text;

    protected CaseNote() {
    }

    public CaseNote(CareCase careCase, String author, String text) {
        this.careCase = careCase;
        this.author = author;
        this.text = text;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public String getText() { return text; }
}
