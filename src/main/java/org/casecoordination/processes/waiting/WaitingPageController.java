package org.casecoordination.processes.waiting;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.casecoordination.processes.AnalystAccess;
import org.casecoordination.security.AsApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Where cases wait" for analysts and administrators: a process version's diagram with each step's figures, the
 * slowest steps as a table, and optionally a second version beside it.
 */
@Controller
class WaitingPageController {

    private final WaitingSteps steps;
    private final Comparison comparison;
    private final AnalystAccess access;
    private final RepositoryService repositoryService;
    private final AsApplication asApplication;

    WaitingPageController(WaitingSteps steps, Comparison comparison, AnalystAccess access,
            RepositoryService repositoryService,
            AsApplication asApplication) {
        this.steps = steps;
        this.comparison = comparison;
        this.access = access;
        this.repositoryService = repositoryService;
        this.asApplication = asApplication;
    }

    @GetMapping("/processes/{key}/waiting")
    String waiting(@PathVariable String key, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer compare, Model model) {
        access.check();
        List<Integer> versions = asApplication.run(() -> repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(key).orderByProcessDefinitionVersion().desc().list().stream()
                .map(ProcessDefinition::getVersion).toList());
        if (versions.isEmpty()) {
            throw new NoSuchVersion(key, version == null ? 1 : version);
        }
        int shown = version == null ? versions.get(0) : version;
        WaitingSteps.Version current = steps.of(key, shown).orElseThrow(() -> new NoSuchVersion(key, shown));
        model.addAttribute("key", key);
        model.addAttribute("versions", versions);
        model.addAttribute("process", current);
        model.addAttribute("asOf", Instant.now());
        if (compare != null) {
            WaitingSteps.Version other = steps.of(key, compare).orElseThrow(() -> new NoSuchVersion(key, compare));
            model.addAttribute("compare", compare);
            model.addAttribute("comparison", comparison.of(other, current));
            model.addAttribute("other", other);
        }
        return "processes/waiting";
    }
}
