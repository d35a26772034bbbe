package org.casecoordination.contacts;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

/** No contact with this id belongs to the case's client (another client's contact is not found, not refused). */
public class ContactNotFoundException extends NotFoundException implements Explained {

    private final Long id;

    public ContactNotFoundException(Long id) {
        super("There is no contact " + id + " for this client.");
        this.id = id;
    }

    @Override
    public String messageKey() {
        return "contacts.error.notFound";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {String.valueOf(id)};
    }
}
