package org.casecoordination.casefile;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The order a reader writes day, month and year in: 3/14/41 in English, 14/3/41 in Spanish. Taken from java.time's
 * short date pattern for the language (CLDR), so a language added later brings its order with it.
 */
public enum DateOrder {

    MONTH_DAY_YEAR("MM/dd/yyyy"), DAY_MONTH_YEAR("dd/MM/yyyy"), YEAR_MONTH_DAY("yyyy-MM-dd");

    private final String examplePattern;

    DateOrder(String examplePattern) {
        this.examplePattern = examplePattern;
    }

    public static DateOrder of(Locale language) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, language);
        int day = pattern.indexOf('d');
        int month = pattern.indexOf('M');
        int year = pattern.indexOf('y');
        if (day < 0 || month < 0 || year < 0) {
            return MONTH_DAY_YEAR;
        }
        if (year < month && year < day) {
            return YEAR_MONTH_DAY;
        }
        return day < month ? DAY_MONTH_YEAR : MONTH_DAY_YEAR;
    }

    /** A day written in this order with all its digits, as the search page shows one to type. */
    public String example(LocalDate day) {
        return DateTimeFormatter.ofPattern(examplePattern).format(day);
    }
}
