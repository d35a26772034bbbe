package org.casecoordination.supervision.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.casecoordination.system.NodeSnapshot;
import org.springframework.stereotype.Component;

/**
 * The admins' list of holidays, held in memory: every task created asks about a day or more for its due date, and
 * the list changes a few times a year. Added or removed on this node it counts at once, on another node of a
 * cluster within a minute.
 */
@Component
class StoredHolidays implements Holidays {

    private final NodeSnapshot<Set<LocalDate>> days;

    StoredHolidays(HolidayRepository holidays) {
        this.days = new NodeSnapshot<>(() -> holidays.findAll().stream().map(Holiday::getDay)
                .collect(Collectors.toUnmodifiableSet()), Duration.ofMinutes(1));
    }

    @Override
    public boolean isHoliday(LocalDate day) {
        return days.get().contains(day);
    }

    /** Called by whoever adds or removes a holiday, in that transaction. */
    void changed() {
        days.changed();
    }
}
