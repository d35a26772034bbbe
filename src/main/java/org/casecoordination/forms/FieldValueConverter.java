package org.casecoordination.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;

/**
 * Gives each field the Java type form-js would submit for it. A value that cannot be converted is returned
 * unchanged, so the validator can say what is wrong with it instead of the value silently disappearing.
 */
final class FieldValueConverter {

    private FieldValueConverter() {
    }

    /** Converts a plain value (see {@link PlainValues}) for the field's type. */
    static Object convert(FormComponent field, Object value) {
        return switch (field.type()) {
            case ComponentTypes.CHECKBOX -> toBoolean(value);
            case ComponentTypes.CHECKLIST, ComponentTypes.TAGLIST -> toList(value);
            case ComponentTypes.NUMBER -> toNumber(value);
            case ComponentTypes.TEXTFIELD, ComponentTypes.TEXTAREA -> toText(value);
            default -> emptyToNull(toText(value));
        };
    }

    /** What form-js holds for a field nobody filled in (its {@code emptyValue}). */
    static Object emptyValue(FormComponent field) {
        return switch (field.type()) {
            case ComponentTypes.CHECKBOX -> false;
            case ComponentTypes.CHECKLIST, ComponentTypes.TAGLIST -> List.of();
            case ComponentTypes.TEXTFIELD, ComponentTypes.TEXTAREA -> "";
            default -> null;
        };
    }

    private static Object toBoolean(Object value) {
        if (value instanceof String text) {
            return switch (text.strip()) {
                case "true", "on" -> true;
                case "false", "off", "" -> false;
                default -> text;
            };
        }
        return value;
    }

    private static Object toList(Object value) {
        if (value instanceof String text) {
            if (text.isBlank()) {
                return List.of();
            }
            Object parsed = text.strip().startsWith("[") ? JsonValues.parseOrNull(text) : null;
            return parsed instanceof List<?> ? toList(parsed) : List.of(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(item -> item instanceof Number || item instanceof Boolean
                    || item instanceof String ? DisplayValues.asText(item) : item).toList();
        }
        return value;
    }

    static Object toNumber(Object value) {
        if (value instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return integralOrDecimal(new BigDecimal(text.strip()));
            } catch (NumberFormatException notANumber) {
                return text;
            }
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Double
                || value instanceof Float) {
            return toNumber(value.toString());
        }
        return value;
    }

    private static Object integralOrDecimal(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            return stripped.longValueExact();
        }
        return number;
    }

    private static Object toText(Object value) {
        if (value instanceof Temporal) {
            return value.toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return DisplayValues.asText(value);
        }
        return value;
    }

    private static Object emptyToNull(Object value) {
        return "".equals(value) ? null : value;
    }
}
