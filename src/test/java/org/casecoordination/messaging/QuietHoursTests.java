package org.casecoordination.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quiet hours in the agency's zone, across midnight or within a day, whatever zone the server is in. */
class QuietHoursTests {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void aWindowAcrossMidnightHoldsEveningMessagesUntilTheNextMorning() {
        QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), CHICAGO);

        assertThat(quiet.endOf(at("2026-03-02T20:59", CHICAGO))).isEmpty();
        assertThat(quiet.endOf(at("2026-03-02T21:00", CHICAGO))).contains(at("2026-03-03T08:00", CHICAGO));
        assertThat(quiet.endOf(at("2026-03-02T23:45", CHICAGO))).contains(at("2026-03-03T08:00", CHICAGO));
        assertThat(quiet.endOf(at("2026-03-03T00:10", CHICAGO))).as("after midnight: this morning")
                .contains(at("2026-03-03T08:00", CHICAGO));
        assertThat(quiet.endOf(at("2026-03-03T07:59", CHICAGO))).contains(at("2026-03-03T08:00", CHICAGO));
        assertThat(quiet.endOf(at("2026-03-03T08:00", CHICAGO))).isEmpty();
    }

    @Test
    void theAgencysZoneDecidesNotTheServers() {
        QuietHours chicago = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), CHICAGO);
        QuietHours berlin = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), BERLIN);
        // 15:00 in Chicago is 22:00 in Berlin: quiet there, not here
        Instant afternoonInChicago = at("2026-06-10T15:00", CHICAGO);

        assertThat(chicago.endOf(afternoonInChicago)).isEmpty();
        assertThat(berlin.endOf(afternoonInChicago)).contains(at("2026-06-11T08:00", BERLIN));
    }

    @Test
    void aWindowWithinADayAndNone() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), CHICAGO);
        assertThat(lunch.endOf(at("2026-03-02T12:15", CHICAGO))).contains(at("2026-03-02T13:30", CHICAGO));
        assertThat(lunch.endOf(at("2026-03-02T13:30", CHICAGO))).isEmpty();
        assertThat(lunch.endOf(at("2026-03-02T23:00", CHICAGO))).isEmpty();

        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, CHICAGO);
        assertThat(none.endOf(at("2026-03-02T03:00", CHICAGO))).isEmpty();
    }

    @Test
    void theNightTheClocksGoForwardEndsAtEightLocalTime() {
        // 8 March 2026: clocks go from 02:00 to 03:00 in Chicago; the night is an hour shorter
        QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), CHICAGO);
        Instant end = quiet.endOf(at("2026-03-07T22:00", CHICAGO)).orElseThrow();
        assertThat(end.atZone(CHICAGO).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T08:00"));
    }
}
