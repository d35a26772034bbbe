package org.casecoordination.security;

import java.util.Locale;
import org.casecoordination.system.Explained;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * A role that may not do this, with the reason as a message key, so the 403 page or the API's {@code message} says
 * it in the reader's language; {@code getMessage()} keeps the English for logs.
 */
public class AccessRefusedException extends AccessDeniedException implements Explained {

    private final String messageKey;
    private final transient Object[] arguments;

    public AccessRefusedException(MessageSource messages, String messageKey, Object... arguments) {
        super(messages.getMessage(messageKey, arguments, messageKey, Locale.ENGLISH));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
