package org.casecoordination.supervision.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day nobody works although it is a working day of the week; admins keep the list. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @Column(name = "holiday_on") // DAY is a keyword in H2
    private LocalDate day;
    private String name;
    private String addedBy;
    private Instant addedAt;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String name, String addedBy) {
        this.day = day;
        this.name = name;
        this.addedBy = addedBy;
        this.addedAt = Instant.now();
    }

    public LocalDate getDay() { return day; }
    public String getName() { return name; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
