package org.casecoordination.forms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings submitted values into the shape form-js gives them (see {@link FieldValueConverter}), whichever way
 * they came: an HTML form post, the engine, the REST API or a JSON body. Only the form's input fields are
 * kept, so a request cannot set variables the form does not ask for.
 */
public final class FormValues {

    private FormValues() {
    }

    /**
     * From an HTML form post ({@code HttpServletRequest.getParameterMap()}). Mirrors what form-js submits: an
     * absent checkbox is {@code false}, an absent checklist is an empty list, a disabled field or a field hidden
     * by its condition is left out, and so is any other field the post does not contain.
     */
    public static Map<String, Object> fromRequestParameters(FormDefinition form, Map<String, String[]> params) {
        Map<String, String[]> posted = params == null ? Map.of() : params;
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormComponent field : form.fields()) {
            String[] raw = posted.get(field.key());
            if (field.disabled()) {
                continue;
            }
            if (ComponentTypes.CHECKBOX.equals(field.type())) {
                values.put(field.key(), raw != null && Arrays.stream(raw).anyMatch(DisplayValues::isTrue));
            } else if (field.isMultiValue()) {
                values.put(field.key(), raw == null ? List.of()
                        : Arrays.stream(raw).filter(v -> v != null && !v.isEmpty()).toList());
            } else if (raw != null && raw.length > 0) {
                values.put(field.key(), FieldValueConverter.convert(field, raw[0]));
            }
        }
        Set<String> visible = FormConditions.visibleFields(form, withEmptyValues(form, values)).stream()
                .map(FormComponent::key).collect(Collectors.toSet());
        values.keySet().retainAll(visible);
        return values;
    }

    /**
     * From engine, REST or JSON values: String, Number, Boolean, List, arrays, Jackson {@code JsonNode}, Spin
     * {@code SpinJsonNode} and Camunda {@code TypedValue}. Returns plain Java values for the form's input fields
     * present in {@code values}; other keys are dropped.
     */
    public static Map<String, Object> normalize(FormDefinition form, Map<String, ?> values) {
        Map<String, Object> normalized = new LinkedHashMap<>();
        if (values == null) {
            return normalized;
        }
        for (FormComponent field : form.fields()) {
            if (values.containsKey(field.key())) {
                Object plain = PlainValues.of(values.get(field.key()));
                normalized.put(field.key(), FieldValueConverter.convert(field, plain));
            }
        }
        return normalized;
    }

    /**
     * The values to render the form with, plus the option lists its selects name in {@code valuesKey}, looked up
     * by name (a task's variables), as form-js gets them in Tasklist. Only for rendering: never submit these.
     */
    public static Map<String, Object> withOptionLists(FormDefinition form, Map<String, Object> values,
            Function<String, Object> variable) {
        Map<String, Object> shown = new HashMap<>(values);
        if (form != null) {
            form.fields().stream().map(FormComponent::valuesKey).filter(Objects::nonNull).distinct()
                    .forEach(key -> shown.putIfAbsent(key, variable.apply(key)));
        }
        return shown;
    }

    /**
     * Every input field with its value, or form-js's empty value when absent (unticked, empty list, empty
     * text, else null): conditions and required checks then see what they would see in Tasklist. A field's
     * default value is deliberately not used: an absent value is not submitted, so it must not pass.
     */
    static Map<String, Object> withEmptyValues(FormDefinition form, Map<String, Object> values) {
        Map<String, Object> complete = new HashMap<>();
        for (FormComponent field : form.fields()) {
            complete.put(field.key(), values.containsKey(field.key()) ? values.get(field.key())
                    : FieldValueConverter.emptyValue(field));
        }
        return complete;
    }
}
