package org.casecoordination.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jackson nodes to plain Java values, so nothing downstream depends on Jackson types. */
final class JsonValues {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {
    }

    /** String, Boolean, Long, BigDecimal, List, Map or {@code null}. */
    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue() : node.decimalValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(toJava(element)));
            return list;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
            return map;
        }
        return node.asText();
    }

    /** Parses JSON text to a plain Java value, or returns {@code null} when it is not JSON. */
    static Object parseOrNull(String json) {
        try {
            return toJava(MAPPER.readTree(json));
        } catch (Exception notJson) {
            return null;
        }
    }
}
