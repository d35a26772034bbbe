package org.casecoordination.supervision.absence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Who is away from which day until which day (both included), and who covers; for the API and the page. */
public class AbsenceRequest {

    @NotBlank(message = "{away.error.user}")
    private String user;

    @NotNull(message = "{away.error.from}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @NotNull(message = "{away.error.until}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate until;

    private String coveredBy;

    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public String getCoveredBy() { return coveredBy; }
    public void setCoveredBy(String coveredBy) { this.coveredBy = coveredBy; }
}
