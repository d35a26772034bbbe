package org.casecoordination.processes.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.casecoordination.processes.deployment.ProcessVersions;

/**
 * Moves running cases from one version of a process to another (Cockpit's migration screen is Enterprise-only).
 * The app proposes the mapping of activities with the same id, the analyst adjusts it, a check shows which cases
 * cannot move and why (the engine's own validation, run and rolled back), and the chosen cases move as one engine
 * batch (MigrationBatches records them and their timelines). Cases are named by case number only. Engine calls
 * run as the application after the analyst role check.
 */
@Service
public class ProcessMigrations {

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final AsApplication asApplication;
    private final ProcessVersions versions;
    private final TransactionTemplate dryRun;
    private final AuditLog auditLog;
    private final MigrationBatches batches;
    private final Words words;

    ProcessMigrations(RuntimeService runtimeService, RepositoryService repositoryService, AsApplication asApplication,
            ProcessVersions versions,
            PlatformTransactionManager transactions, AuditLog auditLog, MigrationBatches batches,
            Words words) {
        this.words = words;
        this.auditLog = auditLog;
        this.batches = batches;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.asApplication = asApplication;
        this.versions = versions;
        this.dryRun = new TransactionTemplate(transactions);
        this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An activity of the source version and where it goes; target null means "not mapped". */
    public record Mapping(String sourceId, String sourceName, String targetId) {
    }

    public record Activity(String id, String name) {
    }

    /** Whether one case can move, and the engine's reasons when not. */
    public record CaseCheck(String caseNumber, boolean migratable, List<String> reasons) {
    }

    /** The source version's activities, each mapped to the target activity with the same id when there is one. */
    public List<Mapping> proposal(String key, int from, int to) {
        String fromId = versions.version(key, from).id();
        String toId = versions.version(key, to).id();
        return asApplication.run(() -> {
            Map<String, String> equal = new LinkedHashMap<>();
            for (MigrationInstruction instruction : runtimeService.createMigrationPlan(fromId, toId)
                    .mapEqualActivities().build().getInstructions()) {
                equal.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
            }
            return activities(fromId).stream()
                    .map(activity -> new Mapping(activity.id(), activity.name(), equal.get(activity.id()))).toList();
        });
    }

    public List<Activity> activitiesOf(String key, int version) {
        String id = versions.version(key, version).id();
        return asApplication.run(() -> activities(id));
    }

    /** Case numbers of the cases running on this version. */
    public List<String> runningCases(String key, int version) {
        String id = versions.version(key, version).id();
        return asApplication.run(() -> runtimeService.createProcessInstanceQuery().processDefinitionId(id)
                .orderByBusinessKey().asc().list().stream().map(ProcessInstance::getBusinessKey).toList());
    }

    /** Runs the migration of each case on its own and rolls it back: what the engine would refuse, and why. */
    public List<CaseCheck> check(String key, int from, int to, Map<String, String> mapping, List<String> caseNumbers) {
        MigrationPlan plan = plan(key, from, to, mapping);
        List<CaseCheck> checks = new ArrayList<>();
        for (String caseNumber : caseNumbers) {
            List<String> reasons = dryRun.execute(status -> checkOne(caseNumber, plan, status));
            checks.add(new CaseCheck(caseNumber, reasons.isEmpty(), reasons));
        }
        return checks;
    }

    private List<String> checkOne(String caseNumber, MigrationPlan plan,
            org.springframework.transaction.TransactionStatus status) {
        status.setRollbackOnly();
        try {
            String instanceId = instanceOf(caseNumber, plan);
            asApplication.run(() -> {
                runtimeService.newMigration(plan).processInstanceIds(instanceId).execute();
                return null;
            });
            return List.of();
        } catch (MigratingProcessInstanceValidationException e) {
            return reasons(e);
        } catch (MigrationRejectedException e) {
            return e.reasons();
        }
    }

    /**
     * Starts moving the chosen cases as one engine batch and records who started it; returns the batch id. Every
     * case is checked first: when the engine would refuse one, none is started. A case that changes between the
     * check and its job shows as failed on the versions page, with the engine's message, and can be retried. The
     * timeline line is written when the case has actually moved (MigrationBatches).
     */
    @Transactional
    public String migrate(String key, int from, int to, Map<String, String> mapping, List<String> caseNumbers,
            String who) {
        MigrationPlan plan = plan(key, from, to, mapping);
        List<String> refused = check(key, from, to, mapping, caseNumbers).stream()
                .filter(check -> !check.migratable())
                .map(check -> check.reasons().stream().allMatch(reason -> reason.contains(check.caseNumber()))
                        ? String.join("; ", check.reasons())
                        : words.text("migration.error.case", check.caseNumber(), String.join("; ", check.reasons())))
                .toList();
        if (!refused.isEmpty()) {
            throw new MigrationRejectedException(refused);
        }
        Map<String, String> caseNumberByInstance = new LinkedHashMap<>();
        caseNumbers.forEach(caseNumber -> caseNumberByInstance.put(instanceOf(caseNumber, plan), caseNumber));
        Batch batch = asApplication.run(() -> runtimeService.newMigration(plan)
                .processInstanceIds(List.copyOf(caseNumberByInstance.keySet())).executeAsync());
        batches.started(batch.getId(), key, from, to, plan.getTargetProcessDefinitionId(), who,
                caseNumberByInstance);
        // a change to each case's process, like any other change to a record (no request names the cases)
        for (String caseNumber : caseNumbers) {
            auditLog.record(AuditAction.CHANGE_RECORD, caseNumber, "process migration " + key + " version " + from
                    + " to " + to, AuditEvent.SUCCESS);
        }
        return batch.getId();
    }

    private MigrationPlan plan(String key, int from, int to, Map<String, String> mapping) {
        String fromId = versions.version(key, from).id();
        String toId = versions.version(key, to).id();
        return asApplication.run(() -> {
            MigrationPlanBuilder builder = runtimeService.createMigrationPlan(fromId, toId);
            var sourceModel = repositoryService.getBpmnModelInstance(fromId);
            var targetModel = repositoryService.getBpmnModelInstance(toId);
            mapping.forEach((source, target) -> {
                if (target != null && !target.isBlank() && !leftWithoutItsActivity(sourceModel, source, mapping)) {
                    builder.mapActivities(source, target);
                    // the engine wraps a multi-instance activity in a body that needs its own instruction
                    if (isMultiInstance(sourceModel, source) && isMultiInstance(targetModel, target)) {
                        builder.mapActivities(source + MULTI_INSTANCE_BODY, target + MULTI_INSTANCE_BODY);
                    }
                }
            });
            try {
                return builder.build(); // no updateEventTrigger: a waiting follow-up timer keeps its due date
            } catch (MigrationPlanValidationException e) {
                List<String> reasons = new ArrayList<>();
                e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures()
                        .forEach(failure -> reasons.add(report.getMigrationInstruction().getSourceActivityId()
                                + " \u2192 " + report.getMigrationInstruction().getTargetActivityId() + ": "
                                + failure)));
                throw new MigrationRejectedException(reasons);
            }
        });
    }

    /** A boundary event moves with the activity it is attached to: not mapped when that activity is not. */
    private static boolean leftWithoutItsActivity(org.camunda.bpm.model.bpmn.BpmnModelInstance model, String id,
            Map<String, String> mapping) {
        if (model.getModelElementById(id) instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent event) {
            String target = mapping.get(event.getAttachedTo().getId());
            return target == null || target.isBlank();
        }
        return false;
    }

    private static boolean isMultiInstance(org.camunda.bpm.model.bpmn.BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof org.camunda.bpm.model.bpmn.instance.Activity activity
                && activity.getLoopCharacteristics() != null;
    }

    /**
     * The case's instance on the plan's source version, found through its executions: a process instance query by
     * business key adds "PARENT_ID_ is null", which H2's planner takes for a selective condition, so it read every
     * open instance, twice per case of a migration (as Incidents.ofCase, docs/benchmarks.md "Case page at scale").
     */
    private String instanceOf(String caseNumber, MigrationPlan plan) {
        List<String> instances = asApplication.run(() -> runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(caseNumber).processDefinitionId(plan.getSourceProcessDefinitionId())
                .list().stream().map(Execution::getProcessInstanceId).distinct().toList());
        if (instances.isEmpty()) {
            throw new MigrationRejectedException(List.of(words.text("migration.error.notOnVersion", caseNumber)));
        }
        if (instances.size() > 1) { // as the instance query's singleResult did: one case, one instance to move
            throw new ProcessEngineException("Case " + caseNumber + " has " + instances.size()
                    + " instances on this version");
        }
        return instances.get(0);
    }

    private List<Activity> activities(String processDefinitionId) {
        return repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementsByType(FlowNode.class)
                .stream().map(node -> new Activity(node.getId(), node.getName())).toList();
    }

    private static List<String> reasons(MigratingProcessInstanceValidationException e) {
        List<String> reasons = new ArrayList<>(e.getValidationReport().getFailures());
        e.getValidationReport().getActivityInstanceReports().forEach(report -> report.getFailures()
                .forEach(failure -> reasons.add(report.getSourceScopeId() + ": " + failure)));
        e.getValidationReport().getTransitionInstanceReports().forEach(report -> report.getFailures()
                .forEach(failure -> reasons.add(report.getSourceScopeId() + ": " + failure)));
        return reasons;
    }
}
