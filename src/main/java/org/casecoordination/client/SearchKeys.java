package org.casecoordination.client;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a client is found by what a person types: names without accents or case ("munoz" finds "Muñoz"), each word
 * of the first and last name on its own ("marquez" finds "García Márquez"), phone numbers by their digits. Kept
 * with the client (its name terms and phone digits, both indexed) so a search reads an index, not every client.
 */
public final class SearchKeys {

    /** Longest name term: the name columns' length. */
    public static final int MAX_TERM_LENGTH = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D+");

    /**
     * One word as it is stored and searched: upper case, accents and punctuation dropped ("O'Brien" → OBRIEN,
     * "Núñez" → NUNEZ, "Groß" → GROSS). Letters that have no decomposed form are spelled out the usual way.
     */
    public static String normalise(String word) {
        if (word == null) {
            return "";
        }
        String spelled = word.replace("ß", "ss").replace("ẞ", "SS").replace("æ", "ae").replace("Æ", "AE")
                .replace("œ", "oe").replace("Œ", "OE").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
                .replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("þ", "th")
                .replace("Þ", "TH");
        String bare = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(bare).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * The terms a name is found by: each name whole, each word of it, each piece of a word: "García-Márquez
     * O'Neil" is GARCIAMARQUEZONEIL, GARCIAMARQUEZ, GARCIA, MARQUEZ, ONEIL, O and NEIL.
     * A search word matches a client when it is the start of one of them.
     */
    public static Set<String> nameTerms(String firstName, String lastName) {
        Set<String> terms = new LinkedHashSet<>();
        for (String name : new String[] {firstName, lastName}) {
            if (name == null) {
                continue;
            }
            add(terms, name);
            for (String word : name.strip().split("\\s+")) {
                add(terms, word);
                for (String piece : word.split("[\\-'’.,]+")) {
                    add(terms, piece);
                }
            }
        }
        return terms;
    }

    private static void add(Set<String> terms, String text) {
        String term = normalise(text);
        if (!term.isEmpty()) {
            terms.add(term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term);
        }
    }

    /**
     * A phone number as it is compared: its digits only, without the country code 1 of an 11-digit North
     * American number, so "+1 (555) 010-0142" and "555 010 0142" are the same. Null when there are no digits.
     */
    public static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = NOT_DIGIT.matcher(phone).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.isEmpty() ? null : digits;
    }

    private SearchKeys() {
    }
}
