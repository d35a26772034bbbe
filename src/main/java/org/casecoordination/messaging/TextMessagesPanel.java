package org.casecoordination.messaging;

import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's Text messages panel (fragments/text-messages): the delivery log, newest first. The case page
 * has checked access and audits the view; the log is read for a case the reader may see only.
 */
@Component
class TextMessagesPanel implements CasePanel {

    private final TextMessages messages;

    TextMessagesPanel(TextMessages messages) {
        this.messages = messages;
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        model.addAttribute("textMessages", messages.of(caseFile.careCase().getCaseNumber()));
    }
}
