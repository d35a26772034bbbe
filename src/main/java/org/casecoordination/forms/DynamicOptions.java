package org.casecoordination.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of a select whose {@code valuesKey} names a variable, read as form-js 1.8 reads them in Camunda
 * Tasklist: a list of {@code {"label", "value"}} objects, or of plain strings (each its own label). The variable
 * may arrive as Spin JSON, a Jackson node, JSON text or Java lists and maps; anything else gives no options.
 */
final class DynamicOptions {

    private DynamicOptions() {
    }

    static List<FormOption> of(Object raw) {
        Object plain = PlainValues.of(raw);
        if (plain instanceof String text && text.strip().startsWith("[")) {
            plain = JsonValues.parseOrNull(text);
        }
        if (!(plain instanceof List<?> list)) {
            return List.of();
        }
        List<FormOption> options = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && map.get("value") != null) {
                String value = DisplayValues.asText(map.get("value"));
                Object label = map.get("label");
                options.add(new FormOption(label == null ? value : DisplayValues.asText(label), value));
            } else if (item instanceof String text) {
                options.add(new FormOption(text, text));
            }
        }
        return List.copyOf(options);
    }
}
