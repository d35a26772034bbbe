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

    /** Changes one detail the way the referral records them all, keeping the others as they are. */
    static void change(Client client, String name, String value) {
        client.updateContact(PHONE.equals(name) ? value : client.getPhone(),
                ADDRESS.equals(name) ? value : client.getAddress(), client.getPreferredLanguage(),
                CAREGIVER.equals(name) ? value : client.getCaregiverContact());
    }
}
