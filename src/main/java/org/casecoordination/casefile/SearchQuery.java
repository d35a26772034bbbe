package org.casecoordination.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.client.SearchKeys;

/**
 * What a person typed into the search box, read the way they meant it: a case number (CC-2026-000123), a date of
 * birth in the forms people type, in the order of the reader's language (03/14/1941, 3/14/41, 03-14-41 in English;
 * 14/03/1941, 14/3/41, 14-03-41 in Spanish; 1941-03-14 in every language), a phone number (only its digits count),
 * or words of a name in any order, each the start of a first or last name ("mun mar" finds Marta Muñoz),
 * optionally with a date of birth ("munoz 03/14/1941"). A date with a two-digit year stands for each century it
 * could mean up to today ("6/24/25" is a client born in 1925 or in 2025): the age on each hit tells them apart.
 */
record SearchQuery(String caseNumber, List<LocalDate> datesOfBirth, String phoneDigits, List<String> nameWords) {

    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)(?:CC-?)?(\\d{4})-(\\d{6})");
    /** Three numbers with the same "/" or "-" between them: 3/14/41, 14-03-1941, 1941-03-14. */
    private static final Pattern DATE = Pattern.compile("(\\d{1,4})([/-])(\\d{1,2})\\2(\\d{1,4})");
    private static final Pattern PHONE = Pattern.compile("[+()\\d\\s.\\-]+");
    /** Fewer digits than this is no phone number anyone would search by. */
    static final int MIN_PHONE_DIGITS = 4;

    static SearchQuery parse(String text, DateOrder order, LocalDate today) {
        String typed = text.strip().replaceAll("\\s+", " ");
        Matcher caseNumber = CASE_NUMBER.matcher(typed);
        if (caseNumber.matches()) {
            return new SearchQuery("CC-" + caseNumber.group(1) + "-" + caseNumber.group(2), List.of(), null,
                    List.of());
        }
        List<LocalDate> dates = dates(typed, order, today);
        if (!dates.isEmpty()) {
            return new SearchQuery(null, dates, null, List.of());
        }
        if (PHONE.matcher(typed).matches()) {
            String digits = SearchKeys.phoneDigits(typed);
            return digits != null && digits.length() >= MIN_PHONE_DIGITS
                    ? new SearchQuery(null, List.of(), digits, List.of()) : nothing();
        }
        List<LocalDate> datesOfBirth = List.of();
        List<String> words = new ArrayList<>();
        for (String token : typed.split(" ")) {
            List<LocalDate> tokenDates = dates(token, order, today);
            if (!tokenDates.isEmpty() && datesOfBirth.isEmpty()) {
                datesOfBirth = tokenDates;
                continue;
            }
            // "o'brien", "garcia-marquez" as one word: the client has that word as a term too (SearchKeys)
            String word = SearchKeys.normalise(token);
            if (!word.isEmpty()) {
                words.add(word.length() > SearchKeys.MAX_TERM_LENGTH
                        ? word.substring(0, SearchKeys.MAX_TERM_LENGTH) : word);
            }
        }
        if (words.isEmpty()) {
            return nothing();
        }
        return new SearchQuery(null, datesOfBirth, null, List.copyOf(words));
    }

    /** Nothing that could be searched for (only punctuation, two digits): no client matches. */
    private static SearchQuery nothing() {
        return new SearchQuery(null, List.of(), null, List.of());
    }

    boolean isEmpty() {
        return caseNumber == null && datesOfBirth.isEmpty() && phoneDigits == null && nameWords.isEmpty();
    }

    /**
     * The dates of birth a typed date can mean, none if it is no date: four digits first is year-month-day in every
     * language, else the reader's order. A two-digit year means each century's such year that is not in the future:
     * "1/2/25" typed in 2026 is January 2, 1925 or 2025 (the client in her hundred-and-second year or a baby);
     * "12/31/26" typed before that day is only 1926.
     */
    static List<LocalDate> dates(String text, DateOrder order, LocalDate today) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        String first = m.group(1);
        String middle = m.group(3);
        String last = m.group(4);
        if (first.length() == 4 || order == DateOrder.YEAR_MONTH_DAY) {
            return isYear(first) && last.length() <= 2
                    ? inEachCentury(first, Integer.parseInt(middle), Integer.parseInt(last), today) : List.of();
        }
        if (first.length() > 2 || !isYear(last)) {
            return List.of();
        }
        int month = Integer.parseInt(order == DateOrder.DAY_MONTH_YEAR ? middle : first);
        int day = Integer.parseInt(order == DateOrder.DAY_MONTH_YEAR ? first : middle);
        return inEachCentury(last, month, day, today);
    }

    /** Years are typed with two digits or four. */
    private static boolean isYear(String digits) {
        return digits.length() == 2 || digits.length() == 4;
    }

    /** The day in the typed year, or for two digits in the last century and this one, never after today. */
    private static List<LocalDate> inEachCentury(String yearDigits, int month, int day, LocalDate today) {
        int year = Integer.parseInt(yearDigits);
        int century = today.getYear() / 100 * 100;
        List<Integer> years = yearDigits.length() == 4 ? List.of(year) : List.of(century - 100 + year, century + year);
        List<LocalDate> dates = new ArrayList<>();
        for (int candidate : years) {
            try {
                LocalDate date = LocalDate.of(candidate, month, day);
                if (yearDigits.length() == 4 || !date.isAfter(today)) {
                    dates.add(date);
                }
            } catch (DateTimeException notADay) {
                // February 29 in a year without it, or no such month: not this year
            }
        }
        return List.copyOf(dates);
    }
}
