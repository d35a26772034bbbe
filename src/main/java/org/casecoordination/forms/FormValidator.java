package org.casecoordination.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Enforces a form's validation on the server. The engine accepts any variables and the browser's checks can
 * be bypassed, so this is the authoritative check, following form-js 1.8 (the version in Camunda 7.24
 * Tasklist): fields hidden by their condition and disabled fields are not validated, as form-js neither
 * validates nor submits them. Messages come from the {@code messages/forms} bundle in the reader's language.
 * Thread-safe.
 */
public class FormValidator {

    /** The application's MessageSource reads the same bundle; this one serves code that has no Spring context. */
    private static final MessageSource FORMS_BUNDLE = formsBundle();

    private final MessageSource messages;

    public FormValidator() {
        this(FORMS_BUNDLE);
    }

    public FormValidator(MessageSource messages) {
        this.messages = messages;
    }

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
            FieldMessage message = FieldCheck.check(field, normalized.get(field.key()));
            if (message != null) {
                errors.add(new FieldError(field.key(), messages.getMessage(message.code(), message.arguments(),
                        LocaleContextHolder.getLocale())));
            }
        }
        return errors;
    }

    private static MessageSource formsBundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages/forms");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
