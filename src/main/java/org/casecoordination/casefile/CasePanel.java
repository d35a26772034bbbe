package org.casecoordination.casefile;

import org.springframework.ui.Model;

/**
 * A part of the case page that another module contributes (its consents, assessment trends, the reasons a case
 * may close early): the case file composes the page from every {@code CasePanel} bean without importing the
 * modules that make them. Each panel adds what its fragment of {@code cases/case.html} reads.
 */
public interface CasePanel {

    /** Adds this panel's attributes to the model of the case page; the caller may already see the case. */
    void addTo(CaseFile caseFile, Model model);
}
