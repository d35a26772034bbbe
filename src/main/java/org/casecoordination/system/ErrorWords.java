package org.casecoordination.system;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.ObjectError;

/**
 * The words of an error for the person who caused it, in the request's language: an {@link Explained} exception by
 * its key, any other by its own message.
 */
@Component
public class ErrorWords {

    private final MessageSource messages;
    private final Words words;

    public ErrorWords(MessageSource messages) {
        this.messages = messages;
        this.words = new Words(messages);
    }

    public String of(Throwable e) {
        if (e instanceof Explained explained && explained.messageKey() != null) {
            return words.textOr(e.getMessage(), LocaleContextHolder.getLocale(), explained.messageKey(),
                    explained.messageArguments());
        }
        return e.getMessage();
    }

    /**
     * A field's or form's error: by its code when a bundle has one (a validator's {@code rejectValue}), else its
     * message as validated (Bean Validation resolves {@code message = "{key}"} in the request's language already).
     */
    public String of(ObjectError error) {
        try {
            return messages.getMessage(new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments()),
                    LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException noCode) {
            return error.getDefaultMessage();
        }
    }

    /** A message of the bundles in the request's language ({@link Words#text}). */
    public String text(String key, Object... arguments) {
        return words.text(key, arguments);
    }
}
