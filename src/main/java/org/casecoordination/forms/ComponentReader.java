package org.casecoordination.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the component tree. Besides the types Tasklist cannot render, it rejects what would silently break
 * the variable contract: an input without a key, duplicate keys, and dotted keys or group paths, which make
 * form-js nest the value under another variable.
 */
final class ComponentReader {

    private static final Set<String> DATETIME_SUBTYPES = Set.of("date", "time", "datetime");

    private final String resourceName;
    private final ValidationReader validationReader;

    ComponentReader(String resourceName) {
        this.resourceName = resourceName;
        this.validationReader = new ValidationReader(resourceName);
    }

    /** Reads a top-level components array; keys are claimed in one scope, as form-js does. */
    List<FormComponent> readAll(JsonNode components) {
        return readAll(components, "components", new HashMap<>());
    }

    private List<FormComponent> readAll(JsonNode components, String location, Map<String, String> claimedKeys) {
        List<FormComponent> result = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            result.add(read(components.get(i), location + "[" + i + "]", claimedKeys));
        }
        return result;
    }

    private FormComponent read(JsonNode node, String location, Map<String, String> claimedKeys) {
        if (!node.isObject()) {
            throw problem(location, "is not an object");
        }
        String id = textOr(node.get("id"), location);
        String type = textOr(node.get("type"), null);
        if (type == null) {
            throw problem(id, "has no type");
        }
        if (!ComponentTypes.KNOWN.contains(type)) {
            throw problem(id, "has type '" + type + "', which Camunda 7.24 Tasklist does not render");
        }
        String key = readKey(node, id, type, claimedKeys);
        String subtype = ComponentTypes.DATETIME.equals(type) ? textOr(node.get("subtype"), "date") : null;
        if (subtype != null && !DATETIME_SUBTYPES.contains(subtype)) {
            throw problem(id, "has datetime subtype '" + subtype + "'");
        }
        String hide = textOr(node.path("conditional").get("hide"), null);
        if (hide != null && hide.strip().startsWith("=")) {
            FeelConditions.problem(hide.strip().substring(1)).ifPresent(failure -> {
                throw problem(key == null ? id : key, "has the condition 'Hide if' " + hide
                        + ", which is not FEEL: " + failure);
            });
        }
        return new FormComponent(id, type, key, label(node, subtype), textOr(node.get("description"), null),
                textOr(node.get("text"), null), validationReader.read(node.get("validate"), id), options(node),
                JsonValues.toJava(node.get("defaultValue")), subtype, node.path("readonly").asBoolean(false),
                node.path("disabled").asBoolean(false), hide,
                children(node, id, type, claimedKeys), decimalDigits(node), increment(node, id),
                textOr(node.get("valuesKey"), textOr(node.get("valuesExpression"), null)),
                textOr(node.get("valuesKey"), null), textOr(node.get("placeholder"), null), prefill(node, key));
    }

    /** The custom property {@code prefill}, on an input only (it names where its value comes from). */
    private Prefill prefill(JsonNode node, String key) {
        String declared = textOr(node.path("properties").get(Prefill.PROPERTY), null);
        if (declared == null || declared.isBlank()) {
            return null;
        }
        if (key == null) {
            throw problem(textOr(node.get("id"), "?"), "has prefill '" + declared + "' but no value to fill");
        }
        return Prefill.parse(declared, resourceName, key);
    }

    private String readKey(JsonNode node, String id, String type, Map<String, String> claimedKeys) {
        boolean keyed = ComponentTypes.INPUTS.contains(type) || ComponentTypes.KEYED_NON_INPUTS.contains(type);
        if (!keyed) {
            return null;
        }
        String key = textOr(node.get("key"), null);
        if (key == null || key.isBlank()) {
            throw problem(id, "is a " + type + " without a key, so its value would go nowhere");
        }
        if (key.contains(".")) {
            throw problem(id, "has key '" + key + "'; form-js would nest the value under '"
                    + key.substring(0, key.indexOf('.')) + "'");
        }
        String previous = claimedKeys.putIfAbsent(key, id);
        if (previous != null) {
            throw problem(id, "uses key '" + key + "', already used by '" + previous + "'");
        }
        return key;
    }

    private List<FormComponent> children(JsonNode node, String id, String type, Map<String, String> claimedKeys) {
        JsonNode children = node.get("components");
        if (children == null || !children.isArray()) {
            return List.of();
        }
        String path = textOr(node.get("path"), null);
        if (ComponentTypes.GROUP.equals(type) && path != null && !path.isBlank()) {
            throw problem(id, "sets path '" + path + "', which nests its fields' values; use groups for layout only");
        }
        // A dynamic list's children are keyed inside each list item, not next to the form's own fields.
        Map<String, String> scope = ComponentTypes.DYNAMICLIST.equals(type) ? new HashMap<>() : claimedKeys;
        return readAll(children, id + ".components", scope);
    }

    private static String label(JsonNode node, String subtype) {
        String label = textOr(node.get("label"), null);
        if (label != null || subtype == null) {
            return label;
        }
        return "time".equals(subtype) ? textOr(node.get("timeLabel"), null) : textOr(node.get("dateLabel"), null);
    }

    private static List<FormOption> options(JsonNode node) {
        List<FormOption> options = new ArrayList<>();
        node.path("values").forEach(option -> {
            String value = option.path("value").asText();
            options.add(new FormOption(textOr(option.get("label"), value), value));
        });
        return options;
    }

    private static Integer decimalDigits(JsonNode node) {
        JsonNode digits = node.get("decimalDigits");
        return digits != null && digits.canConvertToInt() && digits.isIntegralNumber() ? digits.intValue() : null;
    }

    private BigDecimal increment(JsonNode node, String id) {
        String increment = node.hasNonNull("increment") ? node.get("increment").asText().trim() : "";
        try {
            BigDecimal step = increment.isEmpty() ? null : new BigDecimal(increment);
            return step == null || step.signum() > 0 ? step : null;
        } catch (NumberFormatException notANumber) {
            throw problem(id, "has increment '" + increment + "', which is not a number");
        }
    }

    private static String textOr(JsonNode node, String fallback) {
        return node != null && node.isTextual() ? node.textValue() : fallback;
    }

    private InvalidFormException problem(String componentId, String what) {
        return new InvalidFormException(resourceName, "component '" + componentId + "' " + what);
    }
}
