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
 * optionally with a date of birth ("munoz 03/14/1941").
 */
record SearchQuery(String caseNumber, LocalDate dateOfBirth, String phoneDigits, List<String> nameWords) {

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
            return new SearchQuery("CC-" + caseNumber.group(1) + "-" + caseNumber.group(2), null, null, List.of());
        }
        LocalDate date = date(typed, order, today);
        if (date != null) {
            return new SearchQuery(null, date, null, List.of());
        }
        if (PHONE.matcher(typed).matches()) {
            String digits = SearchKeys.phoneDigits(typed);
            return digits != null && digits.length() >= MIN_PHONE_DIGITS
                    ? new SearchQuery(null, null, digits, List.of()) : nothing();
        }
        LocalDate dateOfBirth = null;
        List<String> words = new ArrayList<>();
        for (String token : typed.split(" ")) {
            LocalDate tokenDate = date(token, order, today);
            if (tokenDate != null && dateOfBirth == null) {
                dateOfBirth = tokenDate;
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
        return new SearchQuery(null, dateOfBirth, null, List.copyOf(words));
    }

    /** Nothing that could be searched for (only punctuation, two digits): no client matches. */
    private static SearchQuery nothing() {
        return new SearchQuery(null, null, null, List.of());
    }

    boolean isEmpty() {
        return caseNumber == null && dateOfBirth == null && phoneDigits == null && nameWords.isEmpty();
    }

    /**
     * A date of birth as typed, or null: four digits first is year-month-day in every language, else the reader's
     * order. A two-digit year is the latest such year before this one: "26" typed in 2026 is 1926, the client in
     * her hundredth year, not a baby born this year (type four digits for one).
     */
    static LocalDate date(String text, DateOrder order, LocalDate today) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String first = m.group(1);
        String middle = m.group(3);
        String last = m.group(4);
        try {
            if (first.length() == 4 || order == DateOrder.YEAR_MONTH_DAY) {
                return isYear(first) && last.length() <= 2 ? LocalDate.of(year(first, today),
                        Integer.parseInt(middle), Integer.parseInt(last)) : null;
            }
            if (first.length() > 2 || !isYear(last)) {
                return null;
            }
            int month = Integer.parseInt(order == DateOrder.DAY_MONTH_YEAR ? middle : first);
            int day = Integer.parseInt(order == DateOrder.DAY_MONTH_YEAR ? first : middle);
            return LocalDate.of(year(last, today), month, day);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** Years are typed with two digits or four. */
    private static boolean isYear(String digits) {
        return digits.length() == 2 || digits.length() == 4;
    }

    private static int year(String digits, LocalDate today) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return year;
        }
        int century = today.getYear() / 100 * 100;
        return century + year >= today.getYear() ? century - 100 + year : century + year;
    }
}
