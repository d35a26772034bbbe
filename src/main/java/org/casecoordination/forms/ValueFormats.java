package org.casecoordination.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Type and format rules per component type; each returns the message to show, or {@code null} when fine. */
final class ValueFormats {

    /** The "valid e-mail address" of the HTML standard, which form-js also uses. */
    private static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
    /** Like form-js: ends in + or 00, a country code and the number; approximates its country code list. */
    private static final Pattern PHONE = Pattern.compile("(?:\\+|00)[1-9]\\d{5,28}$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    /** form-js writes times as HH:mm, with Z or an offset depending on timeSerializingFormat. */
    private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d(Z|[+-]\\d{2}:\\d{2})?$");

    private ValueFormats() {
    }

    static FieldMessage number(FormComponent field, Object value) {
        if (!(value instanceof Long || value instanceof BigDecimal)) {
            return FieldMessage.of("number");
        }
        BigDecimal number = new BigDecimal(value.toString());
        Integer digits = field.decimalDigits();
        if (digits != null && digits >= 0 && Math.max(number.stripTrailingZeros().scale(), 0) > digits) {
            return digits == 0 ? FieldMessage.of("wholeNumber") : FieldMessage.of("decimalPlaces", digits);
        }
        BigDecimal step = field.increment();
        if (step != null && number.remainder(step).signum() != 0) {
            return FieldMessage.of("multipleOf", plain(step));
        }
        return null;
    }

    static FieldMessage datetime(FormComponent field, Object value) {
        String text = value instanceof String s ? s : "";
        return switch (field.subtype()) {
            case "time" -> TIME.matcher(text).matches() ? null : FieldMessage.of("time");
            case "datetime" -> isDateTime(text) ? null : FieldMessage.of("datetime");
            default -> isDate(text) ? null : FieldMessage.of("date");
        };
    }

    static FieldMessage option(FormComponent field, Object value) {
        boolean valid = value instanceof String && (!field.hasStaticOptions() || isOption(field, value));
        return valid ? null : FieldMessage.of("option");
    }

    static FieldMessage options(FormComponent field, Object value) {
        boolean valid = value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String
                && (!field.hasStaticOptions() || isOption(field, item)));
        return valid ? null : FieldMessage.of("options");
    }

    static FieldMessage validationType(String type, String text) {
        if ("email".equals(type) && !EMAIL.matcher(text).matches()) {
            return FieldMessage.of("email");
        }
        if ("phone".equals(type) && !PHONE.matcher(text).find()) {
            return FieldMessage.of("phone");
        }
        return null;
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static boolean isOption(FormComponent field, Object value) {
        return field.values().stream().anyMatch(option -> option.value().equals(value));
    }

    private static boolean isDate(String text) {
        try {
            return DATE.matcher(text).matches() && LocalDate.parse(text) != null;
        } catch (DateTimeParseException invalid) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            return LocalDateTime.parse(text) != null;
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(text) != null;
            } catch (DateTimeParseException invalid) {
                return false;
            }
        }
    }
}
