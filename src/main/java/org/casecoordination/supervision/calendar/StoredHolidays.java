package org.casecoordination.supervision.calendar;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Reads the admins' list on every question: a handful of rows, and a new holiday counts at once. */
@Component
class StoredHolidays implements Holidays {

    private final HolidayRepository holidays;

    StoredHolidays(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    @Override
    public boolean isHoliday(LocalDate day) {
        return holidays.existsById(day);
    }
}
