package org.casecoordination.tasklist.prefill;

import org.casecoordination.client.Client;

/** The client's contact details a form may prefill and change, by the names a form's {@code prefill} uses. */
final class ClientContact {

    static final String PHONE = "phone";
    static final String ADDRESS = "address";
    static final String CAREGIVER = "caregiverContact";

    private ClientContact() {
    }

    static String current(Client client, String name) {
        return switch (name) {
            case PHONE -> client.getPhone();
            case ADDRESS -> client.getAddress();
            case CAREGIVER -> client.getCaregiverContact();
            default -> throw new IllegalArgumentException("no client detail " + name);
        };
    }

    /**
     * Changes the phone or the address the way the referral records them, keeping the others as they are. The
     * caregiver is a contact of the client's ({@code contacts.ClientContacts}), not a detail of this record.
     */
    static void change(Client client, String name, String value) {
        client.updateContact(PHONE.equals(name) ? value : client.getPhone(),
                ADDRESS.equals(name) ? value : client.getAddress(), client.getPreferredLanguage());
    }
}
