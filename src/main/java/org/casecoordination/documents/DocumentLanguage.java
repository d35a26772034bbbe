package org.casecoordination.documents;

import java.util.Locale;

/**
 * The language a document is written in: the client's preferred language when a template exists in it, else English,
 * the templates' own; {@code fellBack} says the client asked for another one, so the panel can say so.
 *
 * @param requested the client's language code (ISO 639-1), or null when none is recorded
 */
public record DocumentLanguage(String code, String requested, boolean fellBack) {

    static final String OWN = "en";

    static DocumentLanguage of(String requested, java.util.function.Predicate<String> hasTemplate) {
        String wanted = requested == null || requested.isBlank() ? OWN : requested.strip().toLowerCase(Locale.ROOT);
        if (hasTemplate.test(wanted)) {
            return new DocumentLanguage(wanted, requested, false);
        }
        return new DocumentLanguage(OWN, requested, true);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
