package org.casecoordination.processes.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.processes.FailedSteps;
import org.casecoordination.processes.ProcessInstancesById;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps that failed after their retries (an outside system down, a referral that could not be sent): the engine
 * keeps the case waiting there with an incident. Listed by case number for administrators, shown on the case, and
 * retried on request. The failure's message stays in Cockpit: it may quote what the outside system said about a
 * client.
 */
@Service
public class Incidents implements FailedSteps {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final ExternalTaskService externalTaskService;
    private final RepositoryService repositoryService;
    private final ActivityNames activityNames;
    private final ProcessInstancesById instancesById;

    Incidents(RuntimeService runtimeService, ManagementService managementService,
            ExternalTaskService externalTaskService, RepositoryService repositoryService, ActivityNames activityNames,
            ProcessInstancesById instancesById) {
        this.instancesById = instancesById;
        this.activityNames = activityNames;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.externalTaskService = externalTaskService;
        this.repositoryService = repositoryService;
    }

    /** One failed step of a case. */
    public record OpenIncident(String id, String caseNumber, String step, String kind, Instant since) {
    }

    public List<OpenIncident> all() {
        List<Incident> incidents = runtimeService.createIncidentQuery().orderByIncidentTimestamp().asc().list();
        Map<String, String> caseNumbers = caseNumbers(incidents);
        return describe(incidents, instance -> instance == null ? null : caseNumbers.get(instance));
    }

    /** The names of the case's failed steps, for the case page. */
    @Override
    public List<String> stepsOf(String caseNumber) {
        return ofCase(caseNumber).stream().map(OpenIncident::step).toList();
    }

    /** The case's failures: in its CaseLifecycle instance or any other process started for it (its business key). */
    public List<OpenIncident> ofCase(String caseNumber) {
        // the executions of the case's instances, not a process instance query: that one adds "PARENT_ID_ is
        // null", which H2's planner takes for a selective condition, so it read every open instance to find the
        // case's (0.4 s per case page at 100,000 open cases, docs/benchmarks.md); this one reads the business key
        // index, with the same read check
        List<String> instances = runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .list().stream().map(Execution::getProcessInstanceId).distinct().toList();
        List<Incident> incidents = instances.stream()
                .flatMap(instance -> runtimeService.createIncidentQuery().processInstanceId(instance).list().stream())
                .sorted(java.util.Comparator.comparing(Incident::getIncidentTimestamp))
                .toList();
        return describe(incidents, instance -> caseNumber);
    }

    /**
     * Gives the failed job or external task one more attempt; the incident closes when it is picked up again
     * (and a new one opens if it fails again). False when the incident is gone already.
     */
    @Transactional
    public boolean retry(String incidentId) {
        Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            return false;
        }
        if (Incident.EXTERNAL_TASK_HANDLER_TYPE.equals(incident.getIncidentType())) {
            externalTaskService.setRetries(incident.getConfiguration(), 1);
        } else {
            managementService.setJobRetries(incident.getConfiguration(), 1);
        }
        return true;
    }

    private List<OpenIncident> describe(List<Incident> incidents, UnaryOperator<String> caseNumberOfInstance) {
        return incidents.stream().map(incident -> new OpenIncident(incident.getId(),
                        caseNumberOfInstance.apply(incident.getProcessInstanceId()),
                        stepName(incident.getProcessDefinitionId(), incident.getActivityId()),
                        Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType()) ? "failed step"
                                : incident.getIncidentType(),
                        incident.getIncidentTimestamp().toInstant()))
                .toList();
    }

    private Map<String, String> caseNumbers(List<Incident> incidents) {
        Collection<String> processInstanceIds = incidents.stream().map(Incident::getProcessInstanceId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        // by primary key with the caller's read check, not a process instance query (it read every open instance
        // on H2, see ProcessInstancesById)
        return instancesById.of(processInstanceIds).values().stream()
                .filter(instance -> instance.businessKey() != null)
                .collect(Collectors.toMap(ProcessInstancesById.Instance::id, ProcessInstancesById.Instance::businessKey));
    }

    /** The diagram's name for the step in the reader's language, as coordinators know it; its id when it has none. */
    private String stepName(String processDefinitionId, String activityId) {
        if (processDefinitionId == null || activityId == null) {
            return activityId;
        }
        var element = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null || name.isBlank() ? activityId : activityNames.name(processDefinitionId, activityId, name);
    }
}
