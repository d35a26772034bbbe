package org.casecoordination.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rules of form-js's validator for one field, plus the type checks it gets for free from its controls
 * (a select cannot post an unlisted value; a crafted request can). Returns the first failure's message.
 */
final class FieldCheck {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private FieldCheck() {
    }

    static FieldMessage check(FormComponent field, Object value) {
        Validation rules = field.validate();
        if (isMissing(field, value)) {
            return rules.required() ? FieldMessage.of("required") : null;
        }
        FieldMessage typeProblem = switch (field.type()) {
            case ComponentTypes.NUMBER -> ValueFormats.number(field, value);
            case ComponentTypes.DATETIME -> ValueFormats.datetime(field, value);
            case ComponentTypes.CHECKBOX -> value instanceof Boolean ? null : FieldMessage.of("checkbox");
            case ComponentTypes.SELECT, ComponentTypes.RADIO -> ValueFormats.option(field, value);
            case ComponentTypes.CHECKLIST, ComponentTypes.TAGLIST -> ValueFormats.options(field, value);
            default -> value instanceof String ? null : FieldMessage.of("text");
        };
        if (typeProblem != null) {
            return typeProblem;
        }
        return value instanceof String text ? checkText(rules, text) : checkRange(rules, value);
    }

    /**
     * form-js counts null, "", an empty list and an unticked checkbox as missing. We also count a blank
     * string, which form-js accepts for a required field but which carries no answer.
     */
    private static boolean isMissing(FormComponent field, Object value) {
        return value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof List<?> list && list.isEmpty())
                || (ComponentTypes.CHECKBOX.equals(field.type()) && Boolean.FALSE.equals(value));
    }

    /** Lengths count the trimmed text, as form-js does; the stored value keeps its spaces. */
    private static FieldMessage checkText(Validation rules, String text) {
        int length = text.strip().length();
        if (rules.minLength() != null && length < rules.minLength()) {
            return FieldMessage.of("minLength", rules.minLength());
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
            return FieldMessage.of("maxLength", rules.maxLength());
        }
        if (rules.pattern() != null && !compiled(rules.pattern()).matcher(text).find()) {
            return FieldMessage.of("pattern");
        }
        return ValueFormats.validationType(rules.validationType(), text);
    }

    private static FieldMessage checkRange(Validation rules, Object value) {
        if (!(value instanceof Long || value instanceof BigDecimal)) {
            return null;
        }
        BigDecimal number = new BigDecimal(value.toString());
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            return FieldMessage.of("min", ValueFormats.plain(rules.min()));
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            return FieldMessage.of("max", ValueFormats.plain(rules.max()));
        }
        return null;
    }

    /** A JavaScript regular expression applied unanchored, as {@code new RegExp(p).test(v)} does. */
    private static Pattern compiled(String pattern) {
        return PATTERNS.computeIfAbsent(pattern, Pattern::compile);
    }
}
