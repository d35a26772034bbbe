package org.casecoordination.contacts;

/**
 * A contact the client consents to reaching on a channel, with what a gateway needs.
 *
 * @param address the E.164 phone number for SMS and calls, the email address for email
 * @param language ISO 639-1 of the language they read; null when not recorded (use the client's)
 */
public record Reachable(Long contactId, String name, Relationship relationship, boolean primaryCaregiver,
        Channel channel, String address, String language) {

    static Reachable of(ClientContact contact, Channel channel) {
        return new Reachable(contact.getId(), contact.getName(), contact.getRelationship(),
                contact.isPrimaryCaregiver(), channel, contact.addressFor(channel), contact.getLanguage());
    }
}
