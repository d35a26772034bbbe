package org.casecoordination.messaging;

import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.casecoordination.contacts.ClientContacts;
import org.casecoordination.contacts.ContactSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's Text messages panel (fragments/text-messages): the delivery log, texts and emails, newest first,
 * each with who it went to (a contact's name and relationship, or the client themself). The case page
 * has checked access and audits the view; the log is read for a case the reader may see only.
 */
@Component
class TextMessagesPanel implements CasePanel {

    private final TextMessages messages;
    private final ClientContacts contacts;

    TextMessagesPanel(TextMessages messages, ClientContacts contacts) {
        this.messages = messages;
        this.contacts = contacts;
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        model.addAttribute("textMessages", messages.of(caseFile));
        // who each message went to, by name and relationship (the client themself, a caregiver), removed ones too
        model.addAttribute("messageRecipients", contacts.listFor(caseFile.careCase()).stream()
                .collect(java.util.stream.Collectors.toMap(ContactSummary::id, contact -> contact)));
    }
}
