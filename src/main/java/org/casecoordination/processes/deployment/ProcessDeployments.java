package org.casecoordination.processes.deployment;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.casecoordination.security.AsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys processes/ and forms/ as one deployment with stable resource names, so form references resolve within
 * the same deployment (formRefBinding="deployment"). Everything is validated first. Duplicate filtering makes an
 * unchanged set a no-op and any change a new deployment of all files together: new cases start on the new
 * version, running cases stay on theirs.
 */
@Service
public class ProcessDeployments {

    static final String DEPLOYMENT_NAME = "case-coordination";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployments.class);

    /** How a deployment came about, shown next to who did it. */
    public enum How { START_UP, REDEPLOY, UPLOAD, FILE_WATCHER, MODELER, ENGINE_API }

    private final RepositoryService repositoryService;
    private final ProcessResourceValidator validator;
    private final AsApplication asApplication;
    private final JdbcTemplate jdbc;
    private final ProcessFolders folders;

    @Autowired
    ProcessDeployments(RepositoryService repositoryService, ProcessResourceValidator validator,
            AsApplication asApplication, JdbcTemplate jdbc, ProcessResourceProperties properties) {
        this(repositoryService, validator, asApplication, jdbc,
                ProcessFolders.configured(properties.processResources(), Path.of("")));
    }

    ProcessDeployments(RepositoryService repositoryService, ProcessResourceValidator validator,
            AsApplication asApplication, JdbcTemplate jdbc, ProcessFolders folders) {
        this.repositoryService = repositoryService;
        this.validator = validator;
        this.asApplication = asApplication;
        this.jdbc = jdbc;
        this.folders = folders;
    }

    public ProcessFolders folders() {
        return folders;
    }

    /** Deploys the folders as they are now. */
    @Transactional
    public Deployed redeploy(String who, How how) {
        return deploy(folders.read(), who, how);
    }

    /**
     * Deploys the folders with these files added or replaced, then writes them into the folders. When any file
     * fails validation or deployment, nothing is deployed and nothing is written.
     */
    @Transactional
    public Deployed upload(Map<String, byte[]> changed, String who) {
        return upload(changed, who, How.UPLOAD);
    }

    /** {@link #upload(Map, String)}, recorded as having come about this way (an upload, Camunda Modeler). */
    @Transactional
    public Deployed upload(Map<String, byte[]> changed, String who, How how) {
        ProcessResources resources = folders.read().with(changed);
        List<ProcessProblem> problems = validate(resources); // the problems are worth knowing even then
        folders.uploadsOff().ifPresent(reason -> {
            throw new UploadsOffException(reason);
        });
        Deployed deployed = deployValidated(resources, problems, who, how);
        folders.write(changed);
        return deployed;
    }

    public record Deployed(DeploymentWithDefinitions deployment, boolean isNew, List<ProcessProblem> warnings) {
    }

    Deployed deploy(ProcessResources resources, String who, How how) {
        return deployValidated(resources, validate(resources), who, how);
    }

    /** @return the warnings, when there are no errors */
    private List<ProcessProblem> validate(ProcessResources resources) {
        if (!resources.hasProcess()) {
            throw new ProcessResourcesRejectedException(List.of(ProcessProblem.error("processes/", null,
                    "there is no process (.bpmn) to deploy").said("processProblem.noProcess")));
        }
        List<ProcessProblem> problems = validator.validate(resources);
        if (!ProcessResourceValidator.errors(problems).isEmpty()) {
            throw new ProcessResourcesRejectedException(ProcessResourceValidator.errors(problems));
        }
        return problems;
    }

    private Deployed deployValidated(ProcessResources resources, List<ProcessProblem> warnings, String who,
            How how) {
        warnings.forEach(warning -> log.warn("processes/ and forms/: {}", warning));
        DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME).enableDuplicateFiltering(false);
        resources.files().forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        String latestBefore = latestDeploymentId();
        DeploymentWithDefinitions deployment;
        try {
            deployment = asApplication.run(builder::deployWithResult);
        } catch (ParseException e) {
            throw new ProcessResourcesRejectedException(engineReports(e));
        }
        boolean isNew = recordIfNew(latestBefore, deployment.getId(), who, how);
        if (isNew) {
            log.info("Deployed {} files from processes/ and forms/ as deployment {} ({} by {})",
                    resources.files().size(), deployment.getId(), how, who);
        }
        return new Deployed(deployment, isNew, warnings);
    }

    /** Duplicate filtering hands back the latest deployment for an unchanged set: only a fresh one is recorded. */
    private boolean recordIfNew(String latestBefore, String deploymentId, String who, How how) {
        if (deploymentId.equals(latestBefore)) {
            return false;
        }
        jdbc.update("insert into process_deployment (deployment_id, deployed_by, deployed_at, how)"
                + " values (?, ?, current_timestamp, ?)", deploymentId, who, how.name());
        return true;
    }

    private String latestDeploymentId() {
        return asApplication.run(() -> repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().listPage(0, 1)).stream().map(d -> d.getId()).findFirst()
                .orElse(null);
    }

    private static List<ProcessProblem> engineReports(ParseException e) {
        List<ProcessProblem> problems = new ArrayList<>();
        e.getResorceReports().forEach(report -> report.getErrors().forEach(error -> problems.add(
                ProcessProblem.error(report.getResourceName(),
                        error.getElementIds().isEmpty() ? null : String.join(", ", error.getElementIds()),
                        error.getMessage() + " (line " + error.getLine() + ")"))));
        return problems;
    }
}
