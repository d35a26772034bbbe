package org.casecoordination.messaging;

import org.casecoordination.system.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a text (or an email) was not delivered, in the reader's language: Twilio's error codes that people meet (an unreachable
 * phone, a landline, a number that texted STOP to Twilio itself) have words of their own ({@code twilioError.30003});
 * another code is named with Twilio's own explanation, which is English. Templates: {@code @textMessageWords}.
 */
@Component("textMessageWords")
public class TextMessageWords {

    private final Words words;

    TextMessageWords(Words words) {
        this.words = words;
    }

    /** The reason in words, or null when there is none (a message that went out, or is still on its way). */
    public String reason(OutgoingMessage message) {
        if (message.getErrorCode() == null) {
            // a provider that could not be reached, while the engine keeps trying
            return message.getStatus() == DeliveryStatus.QUEUED && message.getErrorReason() != null
                    ? words.text(message.isEmail() ? "messageLog.retryingEmail" : "textMessages.retrying",
                    message.getAttempts()) : null;
        }
        String otherwise = message.getErrorReason() != null
                ? words.text("twilioError.other", message.getErrorCode(), message.getErrorReason())
                : words.text("twilioError.code", message.getErrorCode());
        return words.textOr(otherwise, LocaleContextHolder.getLocale(), "twilioError." + message.getErrorCode());
    }
}
