package org.casecoordination.contacts;

import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's caregivers and contacts: who to reach for the client, how, and whether the client agrees. */
@Component
class ContactsPanel implements CasePanel {

    private final ClientContacts contacts;

    ContactsPanel(ClientContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        model.addAttribute("contacts", contacts.listFor(caseFile.careCase()));
    }
}
