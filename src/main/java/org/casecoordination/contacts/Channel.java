package org.casecoordination.contacts;

/** A way to reach a contact, each with the client's own consent; people read it as {@code channel.<CODE>}. */
public enum Channel {
    SMS, EMAIL, PHONE_CALL;

    /** SMS and calls need a phone number, email an address. */
    boolean needsPhone() {
        return this != EMAIL;
    }
}
