package org.casecoordination.contacts;

/**
 * Who a contact is to the client; people read it as {@code relationship.<CODE>}. SELF is the client themself: their
 * own phone and email with their consent per channel, validated and kept like any contact's, shown first.
 */
public enum Relationship {
    SELF, CAREGIVER, FAMILY, GUARDIAN, FRIEND_OR_NEIGHBOUR, OTHER;

    /** The client themself, not a related person (FHIR RelatedPerson leaves them out). */
    public boolean isClient() {
        return this == SELF;
    }
}
