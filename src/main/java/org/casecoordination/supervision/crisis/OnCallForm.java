package org.casecoordination.supervision.crisis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One roster entry as a supervisor enters it: any day of the week stands for that week. */
public class OnCallForm {

    @NotBlank(message = "{onCall.error.team}")
    private String team;

    @NotNull(message = "{onCall.error.week}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate week;

    @NotBlank(message = "{onCall.error.userId}")
    private String userId;

    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public LocalDate getWeek() { return week; }
    public void setWeek(LocalDate week) { this.week = week; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
}
