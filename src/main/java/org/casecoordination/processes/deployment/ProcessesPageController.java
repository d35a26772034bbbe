package org.casecoordination.processes.deployment;

import java.util.List;
import org.casecoordination.processes.deployment.ProcessDeployments.Deployed;
import org.casecoordination.processes.deployment.ProcessDeployments.How;
import org.casecoordination.system.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.casecoordination.processes.AnalystAccess;
import org.casecoordination.processes.migration.MigrationBatches;

/**
 * The "Processes" page for analysts and administrators: see each process's versions and compare two of them;
 * analysts also redeploy processes/ and forms/ from the server's folders or upload changed files. No client data
 * is shown.
 */
@Controller
class ProcessesPageController {

    private final ProcessDeployments deployments;
    private final ProcessVersions versions;
    private final AnalystAccess access;
    private final MigrationBatches migrations;
    private final Words words;

    ProcessesPageController(ProcessDeployments deployments, ProcessVersions versions, AnalystAccess access,
            MigrationBatches migrations, Words words) {
        this.words = words;
        this.migrations = migrations;
        this.deployments = deployments;
        this.versions = versions;
        this.access = access;
    }

    @GetMapping("/processes")
    String processes(Model model) {
        access.check();
        showDeploy(model);
        return "processes/index";
    }

    @PostMapping("/processes/redeploy")
    String redeploy(Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        String who = access.checkDeployer();
        try {
            return deployed(deployments.redeploy(who, How.REDEPLOY), redirect);
        } catch (ProcessResourcesRejectedException e) {
            return rejected(e.problems(), model, response);
        }
    }

    @PostMapping("/processes/upload")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        String who = access.checkDeployer();
        try {
            return deployed(deployments.upload(UploadedFiles.byResourceName(files == null ? List.of() : files),
                    who), redirect);
        } catch (ProcessResourcesRejectedException e) {
            return rejected(e.problems(), model, response);
        } catch (UploadsOffException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            showDeploy(model);
            return "processes/index";
        }
    }

    @GetMapping("/processes/{key}")
    String versions(@PathVariable String key, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        access.check();
        List<ProcessVersions.Version> all = versions.of(key);
        if (all.isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("key", key);
        model.addAttribute("versions", all);
        model.addAttribute("migrations", migrations.of(key));
        if (from != null && to != null) {
            try {
                model.addAttribute("diff", versions.diff(key, from, to));
                model.addAttribute("from", from);
                model.addAttribute("to", to);
            } catch (IllegalArgumentException e) {
                model.addAttribute("error", e instanceof UnknownVersionException unknown
                        ? words.text(unknown.messageKey(), unknown.messageArguments()) : e.getMessage());
            }
        }
        return "processes/versions";
    }

    private String deployed(Deployed deployed, RedirectAttributes redirect) {
        if (deployed.isNew()) {
            redirect.addFlashAttribute("message", words.text("processes.deployed.new", String.join(", ",
                    deployed.deployment().getDeployedProcessDefinitions().stream().map(d -> words.text(
                            "processes.deployed.version", d.getName(), d.getVersion())).toList())));
        } else {
            redirect.addFlashAttribute("message", words.text("processes.deployed.unchanged"));
        }
        redirect.addFlashAttribute("warnings", deployed.warnings());
        return "redirect:/processes";
    }

    private String rejected(List<ProcessProblem> problems, Model model, jakarta.servlet.http.HttpServletResponse
            response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", problems);
        showDeploy(model);
        return "processes/index";
    }

    private void showDeploy(Model model) {
        model.addAttribute("processes", versions.latest());
        model.addAttribute("location", deployments.folders().location());
        model.addAttribute("uploadsOff", deployments.folders().uploadsOff().orElse(null));
        model.addAttribute("deployRefusal", access.isAnalyst() ? null : AnalystAccess.ADMINS_DO_NOT_DEPLOY);
    }
}
