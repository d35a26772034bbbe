package org.casecoordination.assessment;

import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's assessment trends: each instrument's scores over time. */
@Component
class AssessmentTrendsPanel implements CasePanel {

    private final InstrumentTrends instrumentTrends;

    AssessmentTrendsPanel(InstrumentTrends instrumentTrends) {
        this.instrumentTrends = instrumentTrends;
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        model.addAttribute("assessments", instrumentTrends.of(caseFile.careCase()));
    }
}
