package org.casecoordination.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's service plan as CarePlan, by case number; searched by patient, status and {@code _lastUpdated}, with its
 * referrals' ServiceRequests ({@code _include=CarePlan:activity-reference}) and its Goals ({@code CarePlan:goal}).
 * Reads and searches audited first.
 */
@RestController
@RequestMapping("/fhir/CarePlan")
class CarePlanController {

    static final String INCLUDE_ACTIVITIES = "CarePlan:activity-reference";
    static final String INCLUDE_GOALS = "CarePlan:goal";

    private final CaseResourceSearch search;
    private final CarePlanResources carePlans;
    private final GoalResources goals;
    private final ReferralResources referrals;

    CarePlanController(CaseResourceSearch search, CarePlanResources carePlans, GoalResources goals,
            ReferralResources referrals) {
        this.search = search;
        this.carePlans = carePlans;
        this.goals = goals;
        this.referrals = referrals;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    CarePlan read(@PathVariable String id) {
        return search.read("CarePlan", id, id, carePlans::forCase);
    }

    @GetMapping
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient).used("status", status);
        Set<CarePlanStatus> statuses = SearchCodes.of("status", status, CarePlanStatus::fromCode);
        LastUpdated updated = LastUpdated.ofRequest();
        updated.applyTo(page);
        boolean activities = Includes.asked(INCLUDE_ACTIVITIES, page);
        boolean goalsToo = Includes.asked(INCLUDE_GOALS, page);
        List<CaseResourceSearch.Found<CarePlan>> found = search.search("CarePlan", patient, carePlans::forCase,
                plan -> SearchCodes.matches(statuses, plan.getStatus()) && updated.matches(plan), page);
        Bundle bundle = page.bundle("CarePlan", found, CaseResourceSearch.Found::resource);
        List<Resource> included = new ArrayList<>();
        for (CaseResourceSearch.Found<CarePlan> plan : found.stream().limit(page.count).toList()) {
            if (activities) {
                carePlans.activities(plan.careCase()).forEach(r -> included.add(referrals.serviceRequest(r)));
            }
            if (goalsToo) {
                included.addAll(goals.forCase(plan.careCase()));
            }
        }
        return SearchPage.include(bundle, included);
    }
}
