package org.casecoordination.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a component's {@code validate} block, rejecting values the validator could not apply. */
final class ValidationReader {

    private final String resourceName;

    ValidationReader(String resourceName) {
        this.resourceName = resourceName;
    }

    Validation read(JsonNode validate, String componentId) {
        if (validate == null || validate.isNull()) {
            return Validation.NONE;
        }
        if (!validate.isObject()) {
            throw problem(componentId, "validate is not an object");
        }
        BigDecimal minLength = number(validate, "minLength", componentId);
        BigDecimal maxLength = number(validate, "maxLength", componentId);
        return new Validation(validate.path("required").asBoolean(false),
                integer(minLength, "minLength", componentId), integer(maxLength, "maxLength", componentId),
                number(validate, "min", componentId), number(validate, "max", componentId),
                pattern(validate, componentId), text(validate.get("validationType")));
    }

    /** A limit written as a FEEL expression is read as absent: form-js evaluates it, we cannot. */
    private BigDecimal number(JsonNode validate, String name, String componentId) {
        JsonNode node = validate.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank())) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && node.textValue().startsWith("=")) {
            return null;
        }
        try {
            return new BigDecimal(node.asText().trim());
        } catch (NumberFormatException notANumber) {
            throw problem(componentId, "validate." + name + " '" + node.asText() + "' is not a number");
        }
    }

    private Integer integer(BigDecimal value, String name, String componentId) {
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw problem(componentId, "validate." + name + " " + value + " is not a whole number");
        }
    }

    private String pattern(JsonNode validate, String componentId) {
        String pattern = text(validate.get("pattern"));
        if (pattern == null) {
            return null;
        }
        try {
            Pattern.compile(pattern);
            return pattern;
        } catch (PatternSyntaxException invalid) {
            throw problem(componentId, "validate.pattern '" + pattern + "' is not a valid regular expression");
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isEmpty() ? node.textValue() : null;
    }

    private InvalidFormException problem(String componentId, String what) {
        return new InvalidFormException(resourceName, "component '" + componentId + "': " + what);
    }
}
