package org.casecoordination.forms;

/**
 * Something a translation file lacks or has too much of, compared with its form.
 *
 * @param component the component key (or id for text blocks) as the translation file names it
 * @param word      which word: {@code label}, {@code description}, {@code text}, {@code placeholder} or
 *                  {@code option}; {@code null} for a component the form does not have
 * @param option    for {@code option}, the value of the option whose label is missing
 */
public record TranslationGap(String component, String word, String option) {

    /** The translation names a component the form does not have. */
    public boolean unknownComponent() {
        return word == null;
    }
}
