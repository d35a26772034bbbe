package org.casecoordination.fhir;

import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service plans' goals; searched by patient, lifecycle-status and _lastUpdated. Reads audited first. */
@RestController
@RequestMapping("/fhir/Goal")
class GoalController {

    private final CaseResourceSearch search;
    private final GoalResources goals;

    GoalController(CaseResourceSearch search, GoalResources goals) {
        this.search = search;
        this.goals = goals;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    Goal read(@PathVariable String id) {
        return search.read("Goal", id, GoalResources.caseNumberOf(id), goals::forCase);
    }

    @GetMapping
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "lifecycle-status", required = false) String status,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient).used("lifecycle-status", status);
        Set<GoalLifecycleStatus> statuses = SearchCodes.of("lifecycle-status", status,
                GoalLifecycleStatus::fromCode);
        LastUpdated updated = LastUpdated.ofRequest();
        updated.applyTo(page);
        return page.bundle("Goal", search.search("Goal", patient, goals::forCase,
                goal -> SearchCodes.matches(statuses, goal.getLifecycleStatus()) && updated.matches(goal), page),
                CaseResourceSearch.Found::resource);
    }
}
