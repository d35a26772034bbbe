package org.casecoordination.closure;

import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's "close this case now" offers the early closure reasons. */
@Component
class ClosureReasonsPanel implements CasePanel {

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        model.addAttribute("closureReasons", EarlyClosureReason.values());
    }
}
