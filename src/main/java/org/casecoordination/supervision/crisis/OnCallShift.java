package org.casecoordination.supervision.crisis;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One week of one team's crisis line: the coordinator who answers it from Monday to Sunday. */
@Entity
@Table(name = "on_call_shift")
public class OnCallShift {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "on_call_shift_seq")
    @SequenceGenerator(name = "on_call_shift_seq", sequenceName = "on_call_shift_seq", allocationSize = 50)
    private Long id;
    private String team;
    private LocalDate weekStart;
    private String userId;
    private String addedBy;

    protected OnCallShift() {
    }

    public OnCallShift(String team, LocalDate weekStart, String userId, String addedBy) {
        this.team = team;
        this.weekStart = weekStart;
        this.userId = userId;
        this.addedBy = addedBy;
    }

    public void handTo(String userId, String by) {
        this.userId = userId;
        this.addedBy = by;
    }

    public Long getId() { return id; }
    public String getTeam() { return team; }
    public LocalDate getWeekStart() { return weekStart; }
    public String getUserId() { return userId; }
    public String getAddedBy() { return addedBy; }
}
