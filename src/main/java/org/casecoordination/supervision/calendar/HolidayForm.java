package org.casecoordination.supervision.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A holiday an administrator adds on /admin/holidays. */
public class HolidayForm {

    @NotNull(message = "{holidays.error.day}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotBlank(message = "{holidays.error.name}")
    @Size(max = 100, message = "{holidays.error.nameTooLong}")
    private String name;

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
