package org.casecoordination.processes.deployment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.People;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The deployed versions of each process, with who deployed them and how many cases run on each: counts only,
 * so analysts learn nothing about clients. Engine reads run as the application after the caller's role check.
 */
@Service
public class ProcessVersions {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final JdbcTemplate jdbc;
    private final People people;

    ProcessVersions(RepositoryService repositoryService, RuntimeService runtimeService, AsApplication asApplication,
            JdbcTemplate jdbc, People people) {
        this.people = people;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.jdbc = jdbc;
    }

    public record Version(String id, String key, String name, int version, Instant deployedAt, String deployedBy,
            long runningCases) {
    }

    /** The latest version of each process. */
    public List<Version> latest() {
        return asApplication.run(() -> repositoryService.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list().stream().map(this::version).toList());
    }

    /** Every version of one process, newest first. */
    public List<Version> of(String key) {
        return asApplication.run(() -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().desc().list().stream().map(this::version).toList());
    }

    public Version version(String key, int version) {
        return of(key).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new UnknownVersionException(key, version));
    }

    public VersionDiff diff(String key, int from, int to) {
        String fromId = version(key, from).id();
        String toId = version(key, to).id();
        return asApplication.run(() -> VersionDiff.between(repositoryService.getBpmnModelInstance(fromId),
                repositoryService.getBpmnModelInstance(toId)));
    }

    private Version version(ProcessDefinition definition) {
        Deployment deployment = repositoryService.createDeploymentQuery()
                .deploymentId(definition.getDeploymentId()).singleResult();
        long running = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
        return new Version(definition.getId(), definition.getKey(), definition.getName(), definition.getVersion(),
                deployment.getDeploymentTime().toInstant(), deployedBy(definition.getDeploymentId()), running);
    }

    private String person(Map<String, Object> row) {
        return people.fullName((String) row.get("deployed_by"));
    }

    private String deployedBy(String deploymentId) {
        Map<String, Object> row = jdbc.queryForList("select deployed_by, how from process_deployment"
                + " where deployment_id = ?", deploymentId).stream().findFirst().orElse(null);
        if (row == null) {
            return "not recorded";
        }
        String how = String.valueOf(row.get("how"));
        return switch (ProcessDeployments.How.valueOf(how)) {
            case START_UP -> "application start-up";
            case FILE_WATCHER -> "file watcher";
            case REDEPLOY -> person(row) + " (redeploy)";
            case UPLOAD -> person(row) + " (upload)";
            case MODELER -> person(row) + " (Camunda Modeler)";
            case ENGINE_API -> person(row) + " (another tool)";
        };
    }
}
