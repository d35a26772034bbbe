package org.casecoordination.contacts;

/** Who a contact is to the client; people read it as {@code relationship.<CODE>}. */
public enum Relationship {
    CAREGIVER, FAMILY, GUARDIAN, FRIEND_OR_NEIGHBOUR, OTHER
}
