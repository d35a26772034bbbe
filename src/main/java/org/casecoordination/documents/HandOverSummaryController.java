package org.casecoordination.documents;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "Hand-over summary" link where work is handed over (a coordinator's work on the caseload page): makes the
 * summary in the language of whoever asks, keeps it with the case like any document, and opens it, which is a
 * preview like the Documents panel's (audited). A POST, as making a document writes to the case.
 */
@Controller
class HandOverSummaryController {

    private final CaseDocuments documents;

    HandOverSummaryController(CaseDocuments documents) {
        this.documents = documents;
    }

    @PostMapping("/cases/{caseNumber}/hand-over-summary")
    String make(@PathVariable String caseNumber) {
        CaseDocument summary = documents.generate(caseNumber, DocumentKind.HAND_OVER_SUMMARY);
        return "redirect:/cases/" + caseNumber + "/documents/" + summary.getId();
    }
}
