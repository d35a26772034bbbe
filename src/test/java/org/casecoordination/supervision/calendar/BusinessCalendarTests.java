package org.casecoordination.supervision.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Business-day deadlines: Monday to Friday 08:00-18:00 Berlin time, minus the holiday list. */
class BusinessCalendarTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 2026-12-04 is a Friday; 2026-12-25 (Friday) and 2026-12-28 (Monday) are holidays in these tests
    static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    static final LocalDate EXTRA_HOLIDAY = LocalDate.of(2026, 12, 28);

    final BusinessCalendar calendar = new BusinessCalendar(new BusinessHours(BERLIN,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0)),
            Holidays.of(Set.of(CHRISTMAS, EXTRA_HOLIDAY)));

    @Test
    void twoBusinessDaysFromATuesdayMorningEndThursdayAtClosingTime() {
        assertThat(calendar.addBusinessDays(at("2026-12-01T09:30"), 2)).isEqualTo(at("2026-12-03T18:00"));
    }

    @Test
    void aFridayReferralIsDueOnTuesdayNotOnSunday() {
        assertThat(calendar.addBusinessDays(at("2026-12-04T15:00"), 2)).isEqualTo(at("2026-12-08T18:00"));
    }

    @Test
    void aReferralAfterClosingTimeOrAtTheWeekendCountsFromTheNextWorkingDay() {
        assertThat(calendar.addBusinessDays(at("2026-12-04T20:15"), 2)).isEqualTo(at("2026-12-09T18:00"));
        assertThat(calendar.addBusinessDays(at("2026-12-05T11:00"), 2)).isEqualTo(at("2026-12-09T18:00"));
        assertThat(calendar.addBusinessDays(at("2026-12-06T23:59"), 1)).isEqualTo(at("2026-12-08T18:00"));
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        // Thursday 24th + 1: Friday 25th is a holiday, the weekend follows, Monday 28th is a holiday too
        assertThat(calendar.addBusinessDays(at("2026-12-24T10:00"), 1)).isEqualTo(at("2026-12-29T18:00"));
        // a referral on the holiday itself counts from the next working day
        assertThat(calendar.addBusinessDays(at("2026-12-25T10:00"), 1)).isEqualTo(at("2026-12-30T18:00"));
        assertThat(calendar.isBusinessDay(CHRISTMAS)).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void zeroBusinessDaysIsTheCloseOfTheStartingDay() {
        assertThat(calendar.addBusinessDays(at("2026-12-01T09:30"), 0)).isEqualTo(at("2026-12-01T18:00"));
        assertThat(calendar.addBusinessDays(at("2026-12-05T09:30"), 0)).isEqualTo(at("2026-12-07T18:00"));
    }

    @Test
    void oneBusinessDayAfterADueTimeAtClosingIsTheNextWorkingDaysClose() {
        assertThat(calendar.addBusinessDays(at("2026-12-04T18:00"), 1)).isEqualTo(at("2026-12-07T18:00"));
    }

    @Test
    void calendarDayDeadlinesThatLandOnAWeekendOrHolidayMoveToTheNextWorkingDaysClose() {
        // Tuesday + 14 days = Tuesday: unchanged
        assertThat(calendar.addDays(date("2026-12-01T10:00"), 14)).isEqualTo(date("2026-12-15T10:00"));
        // Thursday 10th + 15 = Friday 25th (holiday) -> Tuesday 29th at closing time
        assertThat(calendar.addDays(date("2026-12-10T10:00"), 15)).isEqualTo(date("2026-12-29T18:00"));
        // Monday + 5 = Saturday -> Monday
        assertThat(calendar.addDays(date("2026-11-30T10:00"), 5)).isEqualTo(date("2026-12-07T18:00"));
    }

    @Test
    void expressionsMayPassDatesOrInstantsButNothingElse() {
        assertThat(calendar.addBusinessDays(date("2026-12-01T09:30"), 2)).isEqualTo(date("2026-12-03T18:00"));
        assertThatThrownBy(() -> calendar.addBusinessDays((Object) "2026-12-01", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addBusinessDays(at("2026-12-01T09:30"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWorkingWeekAndHoursAreConfigurable() {
        BusinessCalendar sixDays = new BusinessCalendar(new BusinessHours(BERLIN,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(7, 0), LocalTime.of(15, 30)),
                Holidays.of(Set.of()));
        assertThat(sixDays.addBusinessDays(at("2026-12-04T15:00"), 1)).isEqualTo(at("2026-12-05T15:30"));
        assertThatThrownBy(() -> new BusinessHours(BERLIN, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0),
                LocalTime.of(8, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Date date(String localDateTime) {
        return Date.from(at(localDateTime));
    }
}
