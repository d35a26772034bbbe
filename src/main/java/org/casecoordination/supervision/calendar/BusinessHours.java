package org.casecoordination.supervision.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.casecoordination.system.Dates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the teams work (case-coordination.business-calendar.*): business-day deadlines fall at {@code closes} on a
 * working day in {@code zone}. Holidays are kept in the app by admins, not here.
 *
 * @param zone the teams' local time zone; unset, the server's (see {@link Dates#agencyZone})
 * @param workingDays the days of the week that are working days
 * @param opens start of the working day
 * @param closes end of the working day; a deadline "n business days later" is at this time
 */
@ConfigurationProperties("case-coordination.business-calendar")
public record BusinessHours(
        ZoneId zone,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
        @DefaultValue("08:00") LocalTime opens,
        @DefaultValue("18:00") LocalTime closes) {

    public BusinessHours {
        if (zone == null) { // unset: the same zone as every time on the pages
            zone = Dates.agencyZone(null);
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("case-coordination.business-calendar: opens must be before closes");
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("case-coordination.business-calendar: no working days");
        }
    }
}
