package org.casecoordination.system;

import java.beans.Introspector;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for a code a person reads: {@code Acuity.HIGH} is looked up as {@code acuity.HIGH} in the message
 * bundle (messages/messages*.properties), in the request's language. Templates use the same keys directly
 * ({@code #{'acuity.' + ${value}}}).
 */
@Component
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Enum<?> code) {
        return code == null ? "" : of(Introspector.decapitalize(code.getDeclaringClass().getSimpleName()), code.name());
    }

    /** A code of a kind that is no Java enum (a band, a social-needs domain): {@code of("band", "MILD")}. */
    public String of(String kind, String code) {
        if (code == null) {
            return "";
        }
        return messages.getMessage(kind + "." + code, null, code, LocaleContextHolder.getLocale());
    }
}
