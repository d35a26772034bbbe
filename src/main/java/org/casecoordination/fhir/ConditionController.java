package org.casecoordination.fhir;

import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cases' concerns as Conditions (primary concern, positive social needs); searched by patient, clinical-status
 * and _lastUpdated. Never a substance-use concern ({@link Part2Rule}). Reads audited first.
 */
@RestController
@RequestMapping("/fhir/Condition")
class ConditionController {

    /** The codes of FHIR's condition-clinical code system, the values a clinical-status search may ask for. */
    private static final List<String> CLINICAL_STATUSES = List.of("active", "recurrence", "relapse", "inactive",
            "remission", "resolved");

    private final CaseResourceSearch search;
    private final ConditionResources conditions;

    ConditionController(CaseResourceSearch search, ConditionResources conditions) {
        this.search = search;
        this.conditions = conditions;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    Condition read(@PathVariable String id) {
        return search.read("Condition", id, ConditionResources.caseNumberOf(id), conditions::forCase);
    }

    @GetMapping
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "clinical-status", required = false) String status,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient).used("clinical-status", status);
        Set<String> statuses = SearchCodes.of("clinical-status", status, CLINICAL_STATUSES);
        LastUpdated updated = LastUpdated.ofRequest();
        updated.applyTo(page);
        return page.bundle("Condition", search.search("Condition", patient, conditions::forCase,
                condition -> SearchCodes.matches(statuses, condition.getClinicalStatus().getCodingFirstRep()
                        .getCode()) && updated.matches(condition), page), CaseResourceSearch.Found::resource);
    }
}
