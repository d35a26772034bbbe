package org.casecoordination.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.casecoordination.messaging.QuietHours;
import org.junit.jupiter.api.Test;

/**
 * The moments of the reminders' timers are the agency's local times whatever zone the server runs in, and a
 * reminder that falls in quiet hours waits until they end: across midnight, across time zones, across the night the
 * clocks change.
 */
class ReminderTimesTests {

    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void theDayBeforeIsTheAgencysEveningNotTheServers() {
        ReminderTimes times = new ReminderTimes(LocalTime.of(18, 0), LOS_ANGELES);
        // 9:00 in Los Angeles on 4 November is 17:00 UTC: on a UTC server the "day" would be the same here, but an
        // appointment at 17:30 local is already 01:30 UTC the next day
        Date evening = times.dayBefore(Date.from(at("2026-11-04T17:30", LOS_ANGELES)));

        assertThat(evening.toInstant()).isEqualTo(at("2026-11-03T18:00", LOS_ANGELES))
                .isEqualTo(Instant.parse("2026-11-04T02:00:00Z"));
    }

    @Test
    void theDayBeforeKeepsItsHourAcrossTheNightTheClocksGoBack() {
        ReminderTimes times = new ReminderTimes(LocalTime.of(18, 0), LOS_ANGELES);
        // clocks go back on 1 November 2026 in the US: the day before is 24 or 25 hours, the hour stays 18:00
        assertThat(times.dayBefore(Date.from(at("2026-11-02T09:00", LOS_ANGELES))).toInstant())
                .isEqualTo(at("2026-11-01T18:00", LOS_ANGELES));
        assertThat(times.dayBefore(Date.from(at("2026-11-01T09:00", LOS_ANGELES))).toInstant())
                .isEqualTo(at("2026-10-31T18:00", LOS_ANGELES));
    }

    @Test
    void aLeadTimeIsAnyIsoDuration() {
        ReminderTimes times = new ReminderTimes(LocalTime.of(18, 0), LOS_ANGELES);
        Date startsAt = Date.from(at("2026-11-04T10:30", LOS_ANGELES));
        assertThat(times.before(startsAt, "PT2H").toInstant()).isEqualTo(at("2026-11-04T08:30", LOS_ANGELES));
        assertThat(times.before(startsAt, "P3D").toInstant()).isEqualTo(at("2026-11-01T10:30", LOS_ANGELES));
    }

    @Test
    void aLateReminderInQuietHoursAcrossMidnightWaitsForTheAgencysMorning() {
        // an analyst moved the day-before reminder to 22:00; quiet hours 21:00-08:00 in Los Angeles
        ReminderTimes times = new ReminderTimes(LocalTime.of(22, 0), LOS_ANGELES);
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), LOS_ANGELES);
        Instant due = times.dayBefore(Date.from(at("2026-11-04T10:30", LOS_ANGELES))).toInstant();

        assertThat(night.endOf(due)).contains(at("2026-11-04T08:00", LOS_ANGELES));
        // the two-hours-before reminder of a 9:30 appointment falls at 7:30: held until 8:00 the same morning
        assertThat(night.endOf(times.before(Date.from(at("2026-11-04T09:30", LOS_ANGELES)), "PT2H").toInstant()))
                .contains(at("2026-11-04T08:00", LOS_ANGELES));
        // the same moment is not quiet for an agency in Berlin, where it is 16:30
        QuietHours berlin = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Berlin"));
        assertThat(berlin.endOf(at("2026-11-04T07:30", LOS_ANGELES))).isEmpty();
    }
}
