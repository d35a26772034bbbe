package org.casecoordination.processes;

import java.util.Locale;
import java.util.Optional;

/**
 * The words for a value that a diagram's name fills in ({@code serviceLabel} in
 * {@code Select provider – ${serviceLabel}}), in a reader's language. The engine fills it in once, in the diagram's
 * own language; the module that knows the value says how it reads in another ({@link ActivityNames}).
 */
public interface ActivityNameValues {

    /** @return the value in that language, or empty when this is not a variable or value this module knows */
    Optional<String> inLanguage(String variable, String value, Locale locale);
}
