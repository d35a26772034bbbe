package org.casecoordination.insights;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What analysts may know: process versions and anonymous counts of cases by team, stage and closure reason.
 * No client, no case number. Supervisors and administrators see it too.
 */
@Controller
@AllowedGroups(value = {Groups.ANALYSTS, Groups.SUPERVISORS, Groups.ADMINS},
        because = "refusal.insights")
class InsightsController {


    private final CaseRepository cases;
    private final RepositoryService repositoryService;

    InsightsController(CaseRepository cases, RepositoryService repositoryService) {
        this.cases = cases;
        this.repositoryService = repositoryService;
    }

    @GetMapping("/insights")
    @Transactional(readOnly = true)
    String insights(Model model) {
        Map<String, Map<CaseStage, Long>> byTeam = new TreeMap<>();
        cases.countByTeamAndStage().forEach(count -> byTeam.computeIfAbsent(count.getTeam(), team -> new TreeMap<>())
                .put(count.getStage(), count.getCases()));
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("byTeam", byTeam);
        model.addAttribute("closures", cases.countClosedByReason());
        List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
                .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list();
        model.addAttribute("versions", versions);
        return "insights";
    }
}
