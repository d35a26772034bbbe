package org.casecoordination.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One component of a Camunda Form, reduced to what the server needs to render and validate it. The few
 * methods taking a values map exist for the Thymeleaf fragment, which cannot call static helpers.
 *
 * @param key                  the variable it writes, or {@code null} for text, group, spacer and the like
 * @param label                for a datetime, the {@code dateLabel} (or {@code timeLabel}) when there is no label
 * @param text                 the markdown of a {@code text} component
 * @param validate             never {@code null}
 * @param values               the static options; empty when there are none or they are dynamic
 * @param defaultValue         a plain Java value (String, Boolean, Long, BigDecimal, List) or {@code null}
 * @param subtype              for a datetime: {@code date}, {@code time} or {@code datetime}
 * @param hideCondition        the FEEL string of {@code conditional.hide}, or {@code null}
 * @param components           the children of a group (or dynamic list)
 * @param decimalDigits        for a number: how many decimal digits are allowed, or {@code null}
 * @param increment            for a number: the step values must be a multiple of, or {@code null}
 * @param dynamicOptionsSource {@code valuesKey} or {@code valuesExpression} when options come from data
 * @param valuesKey            the variable holding the options ({@code [{"label", "value"}]} or plain strings),
 *                             or {@code null}
 * @param placeholder          the hint a textfield, textarea or number shows while empty, or {@code null}
 * @param prefill              where the value comes from when the task opens (custom property {@code prefill}),
 *                             or {@code null}
 */
public record FormComponent(String id, String type, String key, String label, String description, String text,
        Validation validate, List<FormOption> values, Object defaultValue, String subtype, boolean readonly,
        boolean disabled, String hideCondition, List<FormComponent> components, Integer decimalDigits,
        BigDecimal increment, String dynamicOptionsSource, String valuesKey, String placeholder, Prefill prefill) {

    public FormComponent {
        validate = validate == null ? Validation.NONE : validate;
        values = values == null ? List.of() : List.copyOf(values);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** A component without a placeholder. */
    public FormComponent(String id, String type, String key, String label, String description, String text,
            Validation validate, List<FormOption> values, Object defaultValue, String subtype, boolean readonly,
            boolean disabled, String hideCondition, List<FormComponent> components, Integer decimalDigits,
            BigDecimal increment, String dynamicOptionsSource, String valuesKey) {
        this(id, type, key, label, description, text, validate, values, defaultValue, subtype, readonly, disabled,
                hideCondition, components, decimalDigits, increment, dynamicOptionsSource, valuesKey, null, null);
    }

    /** What a translation file calls this component: its key, or its id when it has none (text blocks). */
    public String translationName() {
        return key != null ? key : id;
    }

    /** This component with the words of another language; its children are translated by the caller. */
    FormComponent withWords(String label, String description, String text, String placeholder,
            List<FormOption> values, List<FormComponent> components) {
        return new FormComponent(id, type, key, label, description, text, validate, values, defaultValue, subtype,
                readonly, disabled, hideCondition, components, decimalDigits, increment, dynamicOptionsSource,
                valuesKey, placeholder, prefill);
    }

    /** True for the components that write a user-entered value under their key. */
    public boolean isInput() {
        return ComponentTypes.INPUTS.contains(type) && key != null;
    }

    /** True for checklist and taglist, whose value is a list. */
    public boolean isMultiValue() {
        return ComponentTypes.MULTI_VALUE.contains(type);
    }

    /** True when the options are listed in the form, so a submitted value can be checked against them. */
    public boolean hasStaticOptions() {
        return ComponentTypes.WITH_OPTIONS.contains(type) && dynamicOptionsSource == null;
    }

    /**
     * The options to offer: the form's own, or for {@code valuesKey} the list held under that key in
     * {@code data} (the task's variables), read as form-js reads it. Options of a {@code valuesExpression}
     * cannot be known here: none.
     */
    public List<FormOption> options(Map<String, ?> data) {
        if (valuesKey == null) {
            return values;
        }
        return data == null ? List.of() : DynamicOptions.of(data.get(valuesKey));
    }

    /** The entered value when the key is present in {@code values}, else the form's default value. */
    public Object valueIn(Map<String, ?> values) {
        return DisplayValues.valueOf(this, values);
    }

    /** The value as the text an input control shows; empty for none. */
    public String displayValue(Map<String, ?> values) {
        return DisplayValues.asText(valueIn(values));
    }

    /** Whether a checkbox is ticked. */
    public boolean isChecked(Map<String, ?> values) {
        return DisplayValues.isTrue(valueIn(values));
    }

    /** The chosen option values of a select, radio, checklist or taglist. */
    public List<String> chosenValues(Map<String, ?> values) {
        return DisplayValues.asList(valueIn(values));
    }

    /** Whether {@code optionValue} is among the chosen values. */
    public boolean isChosen(Map<String, ?> values, String optionValue) {
        return chosenValues(values).contains(optionValue);
    }

    /** The {@code text} of a text component split into headings and paragraphs. */
    public List<TextBlock> textBlocks() {
        return TextBlock.parse(text);
    }
}
