package org.casecoordination.supervision.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Deadlines in business time, for due date and timer expressions in the diagrams
 * ({@code camunda:dueDate="${businessCalendar.addBusinessDays(since, 2)}"}). The engine's own duration calendar
 * stays untouched, so a plain duration such as the crisis hour ({@code PT1H}) is still clock time.
 * <p>
 * "n business days after" means the close of the n-th working day after the working day on which the clock
 * started; a start after closing time, at a weekend or on a holiday counts from the next working day.
 */
public class BusinessCalendar {

    /** Enough to cross any real run of holidays; a longer one means the holiday list is wrong. */
    private static final int MAX_DAYS_SEARCHED = 366;

    private final BusinessHours hours;
    private final Holidays holidays;

    public BusinessCalendar(BusinessHours hours, Holidays holidays) {
        this.hours = hours;
        this.holidays = holidays;
    }

    public boolean isBusinessDay(LocalDate day) {
        return hours.workingDays().contains(day.getDayOfWeek()) && !holidays.isHoliday(day);
    }

    /** For expressions: accepts a Date or an Instant, returns the Date the engine wants. */
    public Date addBusinessDays(Object since, int days) {
        return Date.from(addBusinessDays(instant(since), days));
    }

    public Instant addBusinessDays(Instant since, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + days);
        }
        LocalDate day = startDay(since.atZone(hours.zone()));
        for (int counted = 0; counted < days; counted++) {
            day = nextBusinessDay(day.plusDays(1));
        }
        return closeOf(day);
    }

    /**
     * A deadline counted in calendar days (the assessment's 14 days); one that lands outside working time moves to
     * the close of the next working day, so nobody is late on a Sunday.
     */
    public Date addDays(Object since, int days) {
        ZonedDateTime due = instant(since).atZone(hours.zone()).plusDays(days);
        if (isBusinessDay(due.toLocalDate()) && !due.toLocalTime().isAfter(hours.closes())) {
            return Date.from(due.toInstant());
        }
        return Date.from(closeOf(nextBusinessDay(due.toLocalDate().plusDays(1))));
    }

    /** The close of the working day the clock starts on. */
    private LocalDate startDay(ZonedDateTime since) {
        LocalDate day = since.toLocalDate();
        if (isBusinessDay(day) && since.toLocalTime().isAfter(hours.closes())) {
            day = day.plusDays(1);
        }
        return nextBusinessDay(day);
    }

    private LocalDate nextBusinessDay(LocalDate from) {
        LocalDate day = from;
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no working day within a year of " + from + ": check the holiday list");
    }

    /** The close of a given day: an extended due date chosen as a day. */
    public Instant closeOf(LocalDate day) {
        return day.atTime(hours.closes()).atZone(hours.zone()).toInstant();
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("not a point in time: " + (value == null ? "null" : value.getClass()));
    }
}
