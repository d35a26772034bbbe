package org.casecoordination.fhir;

import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's care team, by case number; searched by patient and status. Reads and searches audited first. */
@RestController
@RequestMapping("/fhir/CareTeam")
class CareTeamController {

    private final CaseResourceSearch search;
    private final CareTeamResources careTeams;

    CareTeamController(CaseResourceSearch search, CareTeamResources careTeams) {
        this.search = search;
        this.careTeams = careTeams;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    CareTeam read(@PathVariable String id) {
        return search.read("CareTeam", id, id, careTeams::forCase);
    }

    @GetMapping
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient).used("status", status);
        Set<CareTeamStatus> statuses = SearchCodes.of("status", status, CareTeamStatus::fromCode);
        return page.bundle("CareTeam", search.search("CareTeam", patient, careTeams::forCase,
                team -> SearchCodes.matches(statuses, team.getStatus()), page), CaseResourceSearch.Found::resource);
    }
}
