package org.casecoordination.assessment;

import org.casecoordination.system.Words;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words of an answer check ({@code instrumentCheck.*} in messages/forms), in the request's language. The
 * scorers are an enum's constants, made before Spring, so they read the bundle themselves, as
 * {@code forms.FormValidator} does for a form's fields.
 */
final class AnswerWords {

    private static final Words WORDS = new Words(formsBundle());

    private AnswerWords() {
    }

    static String text(String key, Object... arguments) {
        return WORDS.text(key, arguments);
    }

    private static ResourceBundleMessageSource formsBundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages/forms");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
