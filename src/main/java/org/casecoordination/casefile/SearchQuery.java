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
 * birth in the forms people type (03/14/1941, 3/14/41, 03-14-1941, 1941-03-14), a phone number (only its digits
 * count), or words of a name in any order, each the start of a first or last name ("mun mar" finds Marta Muñoz),
 * optionally with a date of birth ("munoz 03/14/1941").
 */
record SearchQuery(String caseNumber, LocalDate dateOfBirth, String phoneDigits, List<String> nameWords) {

    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)(?:CC-?)?(\\d{4})-(\\d{6})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DASHED_US_DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern PHONE = Pattern.compile("[+()\\d\\s.\\-]+");
    /** Fewer digits than this is no phone number anyone would search by. */
    static final int MIN_PHONE_DIGITS = 4;

    static SearchQuery parse(String text, LocalDate today) {
        String typed = text.strip().replaceAll("\\s+", " ");
        Matcher caseNumber = CASE_NUMBER.matcher(typed);
        if (caseNumber.matches()) {
            return new SearchQuery("CC-" + caseNumber.group(1) + "-" + caseNumber.group(2), null, null, List.of());
        }
        LocalDate date = date(typed, today);
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
            LocalDate tokenDate = date(token, today);
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
     * A date of birth as typed, or null. A two-digit year is the latest such year before this one: "26" typed in
     * 2026 is 1926, the client in her hundredth year, not a baby born this year (type four digits for one).
     */
    static LocalDate date(String text, LocalDate today) {
        Matcher m;
        try {
            if ((m = ISO_DATE.matcher(text)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if ((m = US_DATE.matcher(text)).matches() || (m = DASHED_US_DATE.matcher(text)).matches()) {
                return LocalDate.of(year(m.group(3), today), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException notADay) {
            return null;
        }
        return null;
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
