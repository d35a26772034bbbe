package org.casecoordination.messaging;

/**
 * A text message to send: to whom (E.164, "+15551234567"), about which case, the words already in the recipient's
 * language, and why. {@code urgent} sends through quiet hours: the caller decides (a crisis, a ride in an hour).
 *
 * @param caseNumber the case the message belongs to
 * @param recipient the phone number in E.164
 * @param contactId the client's contact it goes to, or null (the client, or contacts not yet known)
 * @param body the text, in {@code language}
 * @param language ISO 639-1 code of the text's language
 * @param purpose why it is sent, for the log
 * @param urgent true to send even in quiet hours
 */
public record TextMessageRequest(String caseNumber, String recipient, Long contactId, String body, String language,
        MessagePurpose purpose, boolean urgent) {

    /** A message that waits for the end of quiet hours, to no contact in particular. */
    public static TextMessageRequest of(String caseNumber, String recipient, String body, String language,
            MessagePurpose purpose) {
        return new TextMessageRequest(caseNumber, recipient, null, body, language, purpose, false);
    }

    public TextMessageRequest urgently() {
        return new TextMessageRequest(caseNumber, recipient, contactId, body, language, purpose, true);
    }
}
