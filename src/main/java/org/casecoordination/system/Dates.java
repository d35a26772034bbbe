package org.casecoordination.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Days and times as the reader writes them: "Dec 7, 2026, 4:30 PM" in English, "7 dic 2026, 16:30" in Spanish, in
 * the language of the current request. Templates call {@code ${@dates.dateTime(task.due)}}, {@code
 * ${@dates.day(client.dateOfBirth)}} and {@code ${@dates.time(...)}}; null gives an empty string. Instants are
 * shown in the agency's time zone (the business calendar's), whatever zone the server runs in: a coordinator in
 * Chicago reads Chicago time from a server kept on UTC.
 */
@Component("dates")
public class Dates {

    private final ZoneId zone;

    @Autowired
    Dates(@Value("${case-coordination.business-calendar.zone:}") String zone) {
        this(agencyZone(zone));
        if (zone.isBlank()) {
            LoggerFactory.getLogger(Dates.class).info("Days and times are in the server's time zone, {}: set "
                    + "case-coordination.business-calendar.zone to the agency's if it differs", this.zone.getId());
        }
    }

    public Dates(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The agency's zone from its setting; unset, the server's own zone (an agency's server usually runs on the
     * agency's clock, and a default of some other city's would be wrong for most of them).
     */
    public static ZoneId agencyZone(String configured) {
        return configured == null || configured.isBlank() ? ZoneId.systemDefault() : ZoneId.of(configured.strip());
    }

    /** The agency's time zone, the one every day and time on the pages is shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The zone's name in the reader's language ("Central Standard Time", "hora estándar central"), never its id. */
    public String zoneName() {
        return zone.getDisplayName(java.time.format.TextStyle.FULL, LocaleContextHolder.getLocale());
    }

    public String day(Object value) {
        return day(value, LocaleContextHolder.getLocale());
    }

    /** In a given language (the English words a record keeps as written, whoever reads the page). */
    public String day(Object value, Locale language) {
        return format(value, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), language);
    }

    public String dateTime(Object value) {
        return dateTime(value, LocaleContextHolder.getLocale());
    }

    public String dateTime(Object value, Locale language) {
        return format(value, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), language);
    }

    public String time(Object value) {
        return format(value, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), LocaleContextHolder.getLocale());
    }

    private String format(Object value, DateTimeFormatter style, Locale language) {
        TemporalAccessor temporal = temporal(value);
        return temporal == null ? "" : style.withLocale(language).format(temporal);
    }

    private TemporalAccessor temporal(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Instant instant) {
            return instant.atZone(zone);
        } else if (value instanceof Date date) {
            return date.toInstant().atZone(zone);
        } else if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        } else if (value instanceof ZonedDateTime || value instanceof LocalDateTime || value instanceof LocalDate
                || value instanceof LocalTime) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("Not a day or time: " + value.getClass().getName());
    }
}
