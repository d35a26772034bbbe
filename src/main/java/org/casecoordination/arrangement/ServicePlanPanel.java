package org.casecoordination.arrangement;

import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's service plan (fragments/service-plan), read with the rest of the page's model in its one
 * transaction; the template asked for it while rendering before, in a transaction of its own.
 */
@Component
class ServicePlanPanel implements CasePanel {

    private final ServicePlan servicePlan;

    ServicePlanPanel(ServicePlan servicePlan) {
        this.servicePlan = servicePlan;
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        model.addAttribute("servicePlan", servicePlan.view(caseFile.careCase()));
    }
}
