package org.casecoordination.contacts;

/**
 * What a person says about a contact, cleaned: the phone in E.164, blanks as null. Only {@link ClientContacts}
 * makes one, after the request passed {@link ContactRequestValidator}.
 */
record ContactDetails(Relationship relationship, String name, String phone, String email, String language,
        String note, boolean primaryCaregiver) {
}
