package org.casecoordination.consent;

import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's consents: what the client agreed to share, with whom, and until when. */
@Component
class ConsentsPanel implements CasePanel {

    private final ConsentService consents;

    ConsentsPanel(ConsentService consents) {
        this.consents = consents;
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        model.addAttribute("consents", consents.listFor(caseFile.careCase()));
    }
}
