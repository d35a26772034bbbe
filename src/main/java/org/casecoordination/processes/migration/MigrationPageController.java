package org.casecoordination.processes.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.casecoordination.system.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.casecoordination.processes.AnalystAccess;
import org.casecoordination.processes.deployment.ProcessVersions;

/**
 * Migrating running cases between two versions of a process: the proposed mapping (same ids) to adjust, the
 * running cases by case number only, a check that shows what the engine would refuse, and the migration.
 */
@Controller
class MigrationPageController {

    static final String MAPPING_PREFIX = "map.";

    private final ProcessMigrations migrations;
    private final AnalystAccess access;
    private final MigrationBatches batches;

    private final ProcessVersions versions;
    private final Words words;

    MigrationPageController(ProcessMigrations migrations, AnalystAccess access, MigrationBatches batches,
            ProcessVersions versions, Words words) {
        this.words = words;
        this.versions = versions;
        this.migrations = migrations;
        this.access = access;
        this.batches = batches;
    }

    @GetMapping("/processes/{key}/migration")
    String migration(@PathVariable String key, @RequestParam int from, @RequestParam int to, Model model) {
        access.check();
        show(key, from, to, migrations.proposal(key, from, to), List.of(), model);
        return "processes/migration";
    }

    @PostMapping("/processes/{key}/migration")
    String migrate(@PathVariable String key, @RequestParam int from, @RequestParam int to,
            @RequestParam(name = "cases", required = false) List<String> caseNumbers,
            @RequestParam(defaultValue = "check") String action, @RequestParam Map<String, String> parameters,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String who = access.check();
        Map<String, String> mapping = mapping(parameters);
        List<String> chosen = caseNumbers == null ? List.of() : caseNumbers;
        List<ProcessMigrations.Mapping> shown = mapping.entrySet().stream().map(entry ->
                new ProcessMigrations.Mapping(entry.getKey(), null, entry.getValue())).toList();
        try {
            if (chosen.isEmpty()) {
                throw new MigrationRejectedException(List.of(words.text("migration.error.noCase")));
            }
            if ("migrate".equals(action)) {
                migrations.migrate(key, from, to, mapping, chosen, who);
                redirect.addFlashAttribute("message", words.text("migration.started", chosen.size(), from, to));
                return "redirect:/processes/" + key;
            }
            model.addAttribute("checks", migrations.check(key, from, to, mapping, chosen));
        } catch (MigrationRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reasons", e.reasons());
        }
        show(key, from, to, withNames(key, from, shown), chosen, model);
        return "processes/migration";
    }

    @PostMapping("/processes/{key}/migrations/{batchId}/retry")
    String retry(@PathVariable String key, @PathVariable String batchId, RedirectAttributes redirect) {
        access.check();
        if (!batches.belongsTo(batchId, key)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int retried = batches.retryFailed(batchId);
        redirect.addFlashAttribute("message", words.text("migration.retried", retried));
        return "redirect:/processes/" + key;
    }

    private void show(String key, int from, int to, List<ProcessMigrations.Mapping> mapping, List<String> chosen,
            Model model) {
        model.addAttribute("key", key);
        model.addAttribute("processName", versions.of(key).stream().findFirst().map(ProcessVersions.Version::name)
                .orElse(null));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("mapping", mapping);
        model.addAttribute("targets", migrations.activitiesOf(key, to));
        model.addAttribute("running", migrations.runningCases(key, from));
        model.addAttribute("chosen", chosen);
    }

    private List<ProcessMigrations.Mapping> withNames(String key, int from, List<ProcessMigrations.Mapping> posted) {
        Map<String, String> targets = new LinkedHashMap<>();
        posted.forEach(mapping -> targets.put(mapping.sourceId(), mapping.targetId()));
        return migrations.activitiesOf(key, from).stream().map(activity -> new ProcessMigrations.Mapping(
                activity.id(), activity.name(), blankToNull(targets.get(activity.id())))).toList();
    }

    /** map.Task_Intake=Task_Intake, ...: source activity to target activity; empty means not mapped. */
    static Map<String, String> mapping(Map<String, String> parameters) {
        Map<String, String> mapping = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(MAPPING_PREFIX)) {
                mapping.put(name.substring(MAPPING_PREFIX.length()), blankToNull(value));
            }
        });
        return mapping;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
