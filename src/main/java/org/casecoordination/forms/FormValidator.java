package org.casecoordination.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enforces a form's validation on the server. The engine accepts any variables and the browser's checks can
 * be bypassed, so this is the authoritative check, following form-js 1.8 (the version in Camunda 7.24
 * Tasklist): fields hidden by their condition and disabled fields are not validated, as form-js neither
 * validates nor submits them. Thread-safe.
 */
public class FormValidator {

    /**
     * Validates {@code values} (typed as {@link FormValues} produces them; anything else is normalised first).
     * An absent field counts as empty. Keys the form does not know are ignored: the caller decides.
     *
     * @return one error per failing field, in document order; empty when the values are acceptable
     */
    public List<FieldError> validate(FormDefinition form, Map<String, ?> values) {
        Map<String, Object> normalized = FormValues.withEmptyValues(form, FormValues.normalize(form, values));
        List<FieldError> errors = new ArrayList<>();
        for (FormComponent field : FormConditions.visibleFields(form, normalized)) {
            if (field.disabled()) {
                continue;
            }
            String message = FieldCheck.check(field, normalized.get(field.key()));
            if (message != null) {
                errors.add(new FieldError(field.key(), message));
            }
        }
        return errors;
    }
}
