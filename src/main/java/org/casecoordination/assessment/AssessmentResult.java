package org.casecoordination.assessment;

import org.casecoordination.casefile.TimelineText;
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
import java.time.Instant;
import java.util.List;
import org.casecoordination.casefile.CareCase;

/**
 * One administered instrument of a case, as scored. Never changed after it is stored: a reassessment is a new one.
 * The time is the server's, taken when it is created.
 */
@Entity
@Table(name = "assessment_result")
public class AssessmentResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_result_seq")
    @SequenceGenerator(name = "assessment_result_seq", sequenceName = "assessment_result_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    @Enumerated(EnumType.STRING)
    private Instrument instrument;

    private String instrumentVersion;
    private String answers;
    private Integer score;
    private String band;

    @Convert(converter = CodeListConverter.class)
    private List<String> flags;

    @Convert(converter = CodeListConverter.class)
    private List<String> positiveDomains;

    private String sexApplied;
    private String administeredBy;
    private Instant administeredAt;

    protected AssessmentResult() {
    }

    AssessmentResult(CareCase careCase, Instrument instrument, Score score, String administeredBy) {
        this.careCase = careCase;
        this.instrument = instrument;
        this.instrumentVersion = instrument.version();
        this.answers = score.answers().toString();
        this.score = score.total();
        this.band = score.band();
        this.flags = score.flags();
        this.positiveDomains = score.positiveDomains();
        this.sexApplied = score.sexApplied();
        this.administeredBy = administeredBy;
        this.administeredAt = Instant.now();
    }

    public InstrumentResult toInstrumentResult() {
        return new InstrumentResult(instrument.code(), score, band, flags, positiveDomains, administeredAt);
    }

    public boolean raisesSafetyConcern() {
        return flags.contains(InstrumentResult.SAFETY_FLAG);
    }

    /** One line for people: "score 12, MODERATE", "needs help with 3 of 8 activities", "positive: FOOD". */
    /** The result in words ("score 12, moderate"), for the timeline and the assessment's list. */
    public TimelineText describe() {
        if (instrument == Instrument.LAWTONIADL) {
            return TimelineText.of("assessment.result.lawton", 8 - score, score);
        }
        if (instrument == Instrument.AHCHRSN) {
            return positiveDomains.isEmpty() ? TimelineText.of("assessment.result.noPositiveDomain")
                    : TimelineText.of("assessment.result.positive", TimelineText.Words.labels("socialNeed",
                            positiveDomains));
        }
        return TimelineText.of("assessment.result.score", score, TimelineText.Words.label("band", band));
    }

    public Long getId() { return id; }
    public CareCase getCareCase() { return careCase; }
    public Instrument getInstrument() { return instrument; }
    public String getInstrumentVersion() { return instrumentVersion; }
    public String getAnswers() { return answers; }
    public Integer getScore() { return score; }
    public String getBand() { return band; }
    public List<String> getFlags() { return List.copyOf(flags); }
    public List<String> getPositiveDomains() { return List.copyOf(positiveDomains); }
    public String getSexApplied() { return sexApplied; }
    public String getAdministeredBy() { return administeredBy; }
    public Instant getAdministeredAt() { return administeredAt; }
}
