package org.casecoordination.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule at its boundary, one changed value at a time from a submission that passes. */
class FormValidatorTests {

    private final FormDefinition form = Fixtures.referral();
    private final FormValidator validator = new FormValidator();

    @Test
    void acceptsAValidSubmission() {
        assertThat(validator.validate(form, Fixtures.validReferral())).isEmpty();
    }

    @Test
    void checksMinAndMaxLengthOnTheTrimmedText() {
        assertThat(errorFor("summary", "123456789")).isEqualTo("Must be at least 10 characters.");
        assertThat(errorFor("summary", "1234567890")).isNull();
        assertThat(errorFor("summary", "   123456789   ")).isEqualTo("Must be at least 10 characters.");
        assertThat(errorFor("summary", "x".repeat(50))).isNull();
        assertThat(errorFor("summary", "x".repeat(51))).isEqualTo("Must be at most 50 characters.");
        assertThat(errorFor("summary", "  " + "x".repeat(50) + "  ")).isNull();
    }

    @Test
    void checksMinAndMaxOnNumbers() {
        assertThat(errorFor("visits", 0L)).isNull();
        assertThat(errorFor("visits", -1L)).isEqualTo("Must be 0 or more.");
        assertThat(errorFor("visits", 50L)).isNull();
        assertThat(errorFor("visits", 51L)).isEqualTo("Must be 50 or less.");
        assertThat(errorFor("visits", "51")).isEqualTo("Must be 50 or less.");
    }

    @Test
    void checksNumbersAreNumbersWithTheAllowedDigitsAndSteps() {
        assertThat(errorFor("visits", "three")).isEqualTo("Must be a number.");
        assertThat(errorFor("visits", true)).isEqualTo("Must be a number.");
        assertThat(errorFor("visits", new BigDecimal("2.5"))).isEqualTo("Must be a whole number.");
        assertThat(errorFor("visits", new BigDecimal("2.0"))).isNull();
        assertThat(errorFor("dose", new BigDecimal("1.5"))).isNull();
        assertThat(errorFor("dose", new BigDecimal("1.25"))).isEqualTo("Must be a multiple of 0.5.");
    }

    @Test
    void appliesThePatternUnanchored() {
        assertThat(errorFor("reference", "REF-123-X")).isNull();
        assertThat(errorFor("reference", "123")).isNull();
        assertThat(errorFor("reference", "REF-12")).isEqualTo("Does not match the expected format.");
        assertThat(errorFor("reference", "")).isNull();
    }

    @Test
    void checksEmailAndPhone() {
        assertThat(errorFor("email", "not-an-email")).isEqualTo("Enter a valid email address.");
        assertThat(errorFor("email", "a@b")).isNull();
        assertThat(errorFor("phone", "030 664040900")).startsWith("Enter a valid international phone number");
        assertThat(errorFor("phone", "004930664040900")).isNull();
    }

    @Test
    void requiresEachTypeOfField() {
        Map<String, Object> missing = Map.of("summary", "  ", "visits", "", "referralDate", "",
                "consent", false, "priority", "", "channel", "", "needs", List.of());
        for (var entry : missing.entrySet()) {
            assertThat(errorFor(entry.getKey(), entry.getValue())).as(entry.getKey()).isEqualTo("Required.");
        }
        Map<String, Object> values = Fixtures.validReferral();
        missing.keySet().forEach(values::remove);
        assertThat(validator.validate(form, values)).extracting(FieldError::field)
                .containsExactlyInAnyOrderElementsOf(missing.keySet());
    }

    @Test
    void doesNotRequireOptionalFields() {
        Map<String, Object> values = Fixtures.validReferral();
        List.of("email", "phone", "reference", "dose", "notes", "callTime", "appointmentAt", "languages", "urgent")
                .forEach(values::remove);

        assertThat(validator.validate(form, values)).isEmpty();
    }

    @Test
    void requiresARequiredCheckboxToBeTickedAsFormJsDoes() {
        assertThat(errorFor("consent", false)).isEqualTo("Required.");
        assertThat(errorFor("consent", true)).isNull();
        assertThat(errorFor("urgent", false)).isNull();
    }

    @Test
    void acceptsOnlyListedOptions() {
        assertThat(errorFor("channel", "FAX")).isEqualTo("Choose one of the listed options.");
        assertThat(errorFor("priority", "MEDIUM")).isEqualTo("Choose one of the listed options.");
        assertThat(errorFor("priority", List.of("LOW"))).isEqualTo("Choose one of the listed options.");
        assertThat(errorFor("needs", List.of("MEALS", "TRANSPORT"))).isNull();
        assertThat(errorFor("needs", List.of("MEALS", "SPA"))).isEqualTo("Choose only from the listed options.");
        assertThat(errorFor("languages", List.of("DE"))).isEqualTo("Choose only from the listed options.");
    }

    @Test
    void checksDateAndTimeFormats() {
        assertThat(errorFor("referralDate", "01/03/2025")).isEqualTo("Enter a date as YYYY-MM-DD.");
        assertThat(errorFor("referralDate", "2025-02-30")).isEqualTo("Enter a date as YYYY-MM-DD.");
        assertThat(errorFor("callTime", "9:30")).isEqualTo("Enter a time as HH:MM.");
        assertThat(errorFor("callTime", "09:30+02:00")).isNull();
        assertThat(errorFor("appointmentAt", "2025-03-04")).isEqualTo("Enter a date and time as YYYY-MM-DDTHH:MM.");
        assertThat(errorFor("appointmentAt", "2025-03-04T09:15:00Z")).isNull();
    }

    @Test
    void skipsFieldsHiddenByTheirConditionAndDisabledFields() {
        Map<String, Object> values = Fixtures.validReferral();
        values.put("urgent", false);
        values.put("legacyId", null);
        assertThat(validator.validate(form, values)).isEmpty();

        values.put("urgent", true);
        assertThat(validator.validate(form, values)).containsExactly(new FieldError("urgentReason", "Required."));
    }

    @Test
    void ignoresKeysTheFormDoesNotKnow() {
        Map<String, Object> values = Fixtures.validReferral();
        values.put("approved", "yes please");

        assertThat(validator.validate(form, values)).isEmpty();
    }

    private String errorFor(String key, Object value) {
        Map<String, Object> values = Fixtures.validReferral();
        values.put(key, value);
        List<FieldError> errors = new ArrayList<>(validator.validate(form, values));
        errors.removeIf(error -> !key.equals(error.field()));
        return errors.isEmpty() ? null : errors.get(0).message();
    }
}
