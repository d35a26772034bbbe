package org.casecoordination.supervision.calendar;

import java.time.LocalDate;
import java.util.Set;

/** The holiday list as the calendar sees it; an interface so process tests can give a fixed list. */
public interface Holidays {

    boolean isHoliday(LocalDate day);

    static Holidays of(Set<LocalDate> days) {
        return days::contains;
    }
}
