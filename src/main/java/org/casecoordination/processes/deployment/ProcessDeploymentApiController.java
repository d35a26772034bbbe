package org.casecoordination.processes.deployment;

import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.processes.deployment.ProcessDeployments.Deployed;
import org.casecoordination.system.JsonApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.casecoordination.processes.AnalystAccess;

/**
 * Deploys changed diagrams, decisions and forms: multipart files, validated with the rest of processes/ and
 * forms/ and written there once deployed. 201 with the new versions; 200 with none when nothing changed.
 */
@RestController
@JsonApi
class ProcessDeploymentApiController {

    private final ProcessDeployments deployments;
    private final AnalystAccess access;
    private final MessageSource messages;

    ProcessDeploymentApiController(ProcessDeployments deployments, AnalystAccess access, MessageSource messages) {
        this.messages = messages;
        this.deployments = deployments;
        this.access = access;
    }

    record Version(String key, String name, int version, String id) {
    }

    record Result(String deploymentId, List<Version> versions, List<FieldError> warnings) {
    }

    record Errors(List<FieldError> errors) {
    }

    @PostMapping(path = "/api/processes/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Result> deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files) {
        String who = access.checkDeployer();
        Deployed deployed = deployments.upload(UploadedFiles.byResourceName(files == null ? List.of() : files), who);
        List<Version> versions = deployed.isNew() ? deployed.deployment().getDeployedProcessDefinitions().stream()
                .map(d -> new Version(d.getKey(), d.getName(), d.getVersion(), d.getId())).toList() : List.of();
        Result result = new Result(deployed.deployment().getId(), versions, fieldErrors(deployed.warnings()));
        return ResponseEntity.status(deployed.isNew() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    @ExceptionHandler(ProcessResourcesRejectedException.class)
    ResponseEntity<Errors> rejected(ProcessResourcesRejectedException e) {
        return ResponseEntity.badRequest().body(new Errors(fieldErrors(e.problems())));
    }

    @ExceptionHandler(UploadsOffException.class)
    ResponseEntity<Errors> uploadsOff(UploadsOffException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Errors(List.of(new FieldError(null,
                e.getMessage()))));
    }

    /** Each problem in the request's language, its element id (from the file) before it as Modeler shows it. */
    private List<FieldError> fieldErrors(List<ProcessProblem> problems) {
        return problems.stream().map(problem -> new FieldError(problem.file(),
                (problem.elementId() == null ? "" : problem.elementId() + ": ")
                        + messages.getMessage(problem, LocaleContextHolder.getLocale()))).toList();
    }
}
