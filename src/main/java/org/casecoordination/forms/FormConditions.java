package org.casecoordination.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides which components {@code conditional.hide} hides for given values. form-js neither validates nor
 * submits hidden fields, so the server must agree with the browser on what is hidden: both ask
 * {@link FeelConditions} (the browser through {@code POST /forms/conditions}). A condition whose value is unknown
 * (FEEL's {@code null}) leaves the field visible, so it is validated rather than silently skipped. Never throws.
 */
public final class FormConditions {

    private FormConditions() {
    }

    /** True when the component's own hide condition evaluates to {@code true} (FEEL's {@code null} is not). */
    public static boolean isHidden(FormComponent component, Map<String, ?> values) {
        try {
            return Boolean.TRUE.equals(FeelConditions.evaluate(component.hideCondition(), values));
        } catch (RuntimeException notUnderstood) {
            return false;
        }
    }

    /** The form's input fields that are shown: neither hidden themselves nor inside a hidden group. */
    public static List<FormComponent> visibleFields(FormDefinition form, Map<String, ?> values) {
        return collectVisible(form.components(), values, new ArrayList<>());
    }

    private static List<FormComponent> collectVisible(List<FormComponent> components, Map<String, ?> values,
            List<FormComponent> into) {
        for (FormComponent component : components) {
            if (isHidden(component, values)) {
                continue;
            }
            if (component.isInput()) {
                into.add(component);
            } else if (ComponentTypes.GROUP.equals(component.type())) {
                collectVisible(component.components(), values, into);
            }
        }
        return into;
    }
}
