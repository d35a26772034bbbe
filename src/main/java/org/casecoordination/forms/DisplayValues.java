package org.casecoordination.forms;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns whatever a values map holds into what an HTML control shows, without failing on odd input. */
final class DisplayValues {

    private DisplayValues() {
    }

    static Object valueOf(FormComponent component, Map<String, ?> values) {
        if (component.key() != null && values != null && values.containsKey(component.key())) {
            return values.get(component.key());
        }
        return component.defaultValue();
    }

    static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value) || "on".equals(value);
    }

    static List<String> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(Objects::nonNull).map(DisplayValues::asText).toList();
        }
        return List.of(asText(value));
    }
}
