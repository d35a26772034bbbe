package org.casecoordination.messaging;

/**
 * An email to a client or caregiver (a reminder): to whom, about which case, subject and text already in the
 * recipient's language, and why. Sent by {@link EmailDelivery} with an unsubscribe link added.
 *
 * @param caseNumber the case the message belongs to
 * @param recipient the email address
 * @param contactId the client's contact it goes to, or null
 * @param language ISO 639-1 code of the text's language
 */
public record EmailMessageRequest(String caseNumber, String recipient, Long contactId, String subject, String body,
        String language, MessagePurpose purpose) {
}
