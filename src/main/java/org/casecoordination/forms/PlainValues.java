package org.casecoordination.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Unwraps the containers values arrive in from the engine and the JSON API (Camunda typed values, Spin JSON
 * as Tasklist submits lists, Jackson nodes, arrays) into plain String, Boolean, Long, BigDecimal, List, Map.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Object of(Object raw) {
        Object value = raw;
        if (value instanceof TypedValue typed) {
            value = typed instanceof SerializableValue serializable && !serializable.isDeserialized()
                    ? serializable.getValueSerialized()
                    : typed.getValue();
        }
        if (value instanceof SpinJsonNode spin) {
            value = spin.unwrap() instanceof JsonNode node ? node : JsonValues.parseOrNull(spin.toString());
        }
        if (value instanceof JsonNode node) {
            return JsonValues.toJava(node);
        }
        if (value instanceof Object[] array) {
            return listOf(Arrays.asList(array));
        }
        if (value instanceof Collection<?> collection) {
            return listOf(collection);
        }
        return value;
    }

    private static List<Object> listOf(Collection<?> elements) {
        List<Object> list = new ArrayList<>(elements.size());
        elements.forEach(element -> list.add(of(element)));
        return list;
    }
}
