package org.casecoordination.messaging;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.casecoordination.system.Dates;
import org.springframework.stereotype.Component;

/**
 * When no text goes out but an urgent one ({@link QuietHoursSettings}, 21:00 to 08:00 unless set), in the agency's time zone: the business calendar's ({@code case-coordination.business-calendar.zone}), so
 * "8 in the morning" is the clients' morning whatever zone the server runs in. A window that starts later than it
 * ends runs across midnight; equal start and end means no quiet hours.
 */
@Component
public class QuietHours {

    private final LocalTime start;
    private final LocalTime end;
    private final ZoneId zone;

    /** In the agency's zone, the one the pages show times in. */
    @org.springframework.beans.factory.annotation.Autowired
    QuietHours(QuietHoursSettings settings, Dates dates) {
        this(settings.start(), settings.end(), dates.zone());
    }

    /** Quiet hours of one's own: for tests and for other modules' checks of a window in a zone. */
    public QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    /** When the quiet hours that {@code now} falls in end; empty outside quiet hours. */
    public Optional<Instant> endOf(Instant now) {
        if (start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean acrossMidnight = start.isAfter(end);
        boolean quiet = acrossMidnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        // the end is today unless it is evening in a window across midnight
        ZonedDateTime endDay = acrossMidnight && !time.isBefore(start) ? local.plusDays(1) : local;
        return Optional.of(endDay.toLocalDate().atTime(end).atZone(zone).toInstant());
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    public ZoneId zone() {
        return zone;
    }
}
