package org.casecoordination.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validation failure shown next to the field it concerns.
 *
 * @param field   the component key, or {@code null} for a form-level problem
 * @param message ready to show to the user, in their language
 */
public record FieldError(String field, String message) {

    /** Field key to message, the shape the {@code form-fields} fragment takes; the first message per field wins. */
    public static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.stream().filter(error -> error.field() != null)
                .forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        return byField;
    }
}
