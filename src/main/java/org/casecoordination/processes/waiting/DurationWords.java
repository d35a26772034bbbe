package org.casecoordination.processes.waiting;

import java.time.Duration;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * A time spent in plain words, in the request's language: its two largest units ("3 days 4 hours", "2 hours 5
 * minutes"), "less than a minute" below that.
 */
@Component
class DurationWords {

    private final Words words;

    DurationWords(Words words) {
        this.words = words;
    }

    String of(Duration time) {
        long days = time.toDays();
        long hours = time.toHoursPart();
        long minutes = time.toMinutesPart();
        if (days > 0) {
            return hours > 0 ? words.text("waiting.time.daysHours", days, hours) : words.text("waiting.time.days", days);
        }
        if (hours > 0) {
            return minutes > 0 ? words.text("waiting.time.hoursMinutes", hours, minutes)
                    : words.text("waiting.time.hours", hours);
        }
        return minutes > 0 ? words.text("waiting.time.minutes", minutes) : words.text("waiting.time.underAMinute");
    }
}
