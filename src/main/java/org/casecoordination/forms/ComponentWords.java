package org.casecoordination.forms;

import java.util.Map;

/**
 * The words of one form component in another language, as a translation file gives them; {@code null} for a word
 * the file leaves out.
 *
 * @param values option value to option label
 */
public record ComponentWords(String label, String description, String text, String placeholder,
        Map<String, String> values) {

    public ComponentWords {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
