package org.casecoordination.system;

import java.beans.Introspector;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way Java code looks up the words people read (the bundles of {@code spring.messages.basename}): a message
 * in the current request's language or in a given one, and the label of a code ({@code Acuity.HIGH} is
 * {@code acuity.HIGH}). Templates use {@code #{key}}, and {@code ${@words.label(code)}} for a code.
 */
@Component("words")
public class Words {

    private final MessageSource messages;

    public Words(MessageSource messages) {
        this.messages = messages;
    }

    /** A message in the current request's language; a missing key is an error (the bundle tests catch it). */
    public String text(String key, Object... arguments) {
        return text(LocaleContextHolder.getLocale(), key, arguments);
    }

    /** In a given language: the English kept with a record, or a reader who is not the one asking. */
    public String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    /** For words stored long ago whose key may be gone: the given words then rather than an error. */
    public String textOr(String otherwise, Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, otherwise, language);
    }

    public String label(Enum<?> code) {
        return code == null ? "" : label(LocaleContextHolder.getLocale(), labelKey(code));
    }

    /** A code of a kind that is no Java enum (a band, an instrument): {@code label("band", "MILD")}. */
    public String label(String kind, String code) {
        return code == null ? "" : label(LocaleContextHolder.getLocale(), kind + "." + code);
    }

    /** A label by its whole key; a code without words yet is shown as the code rather than not at all. */
    public String label(Locale language, String key) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), language);
    }

    /** {@code Acuity.HIGH} is looked up as {@code acuity.HIGH}. */
    public static String labelKey(Enum<?> code) {
        return Introspector.decapitalize(code.getDeclaringClass().getSimpleName()) + "." + code.name();
    }
}
