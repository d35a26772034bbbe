package org.casecoordination.supervision.absence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A coordinator away from {@code awayFrom} to {@code awayUntil} (both days included), and who covers, if anyone. */
@Entity
@Table(name = "absence")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    private Long id;
    private String userId;
    private LocalDate awayFrom;
    private LocalDate awayUntil;
    private String coveredBy;
    private String addedBy;
    private Instant addedAt;

    protected Absence() {
    }

    public Absence(String userId, LocalDate awayFrom, LocalDate awayUntil, String coveredBy, String addedBy) {
        this.userId = userId;
        this.awayFrom = awayFrom;
        this.awayUntil = awayUntil;
        this.coveredBy = coveredBy;
        this.addedBy = addedBy;
        this.addedAt = Instant.now();
    }

    /** Shortens the period: {@code lastDay} is now the last day away. */
    void endOn(LocalDate lastDay) {
        this.awayUntil = lastDay;
    }

    public Long getId() { return id; }
    public String getUserId() { return userId; }
    public LocalDate getAwayFrom() { return awayFrom; }
    public LocalDate getAwayUntil() { return awayUntil; }
    public String getCoveredBy() { return coveredBy; }
    public String getAddedBy() { return addedBy; }
}
