package org.casecoordination.tasklist;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.casecoordination.tasklist.readmodel.TaskListMaintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Running cases follow the supervisors' routing of the latest diagrams. Which tasks are the supervisors' is read
 * from the newest version of each process (a user task whose candidate groups name the supervisors group), so an
 * analyst who routes another task to the supervisors in Modeler needs no code.
 * <ul>
 * <li>At every start (idempotent: a task already routed is left alone), each open task of such an activity that
 * is still offered to the team is offered to the supervisors instead; the team's grant on it in the engine goes,
 * and a coordinator who claimed it gives it back to the supervisors' queue (the case timeline says so). The task
 * list rows of those cases are rewritten in the same transaction.</li>
 * <li>A task that an instance still on an older version creates is offered to the supervisors as it is created,
 * so it is on their queue and refused to coordinators at once. The team's own offer made in the same moment cannot
 * be taken back before the task is stored (the engine looks identity links up in the database); the next start
 * removes it, with its grant.</li>
 * </ul>
 * A start-up step rather than the engine's process instance migration: migrating keeps a task's identity links
 * and assignee as they are, so it would not move a single task.
 */
@Component
@Order(30)
class SupervisorQueueRouting implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupervisorQueueRouting.class);

    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final SupervisorTasks supervisorTasks;
    private final TaskListMaintenance taskList;
    private final AsApplication asApplication;
    private final TransactionTemplate transactions;
    private final LatestProcessVersions latestVersions;
    /** Supervisors' activity ids by process definition id: versions never change once deployed. */
    private final Map<String, Set<String>> latestRouting = new java.util.concurrent.ConcurrentHashMap<>();

    SupervisorQueueRouting(RepositoryService repositoryService, TaskService taskService,
            AuthorizationService authorizationService, SupervisorTasks supervisorTasks,
            TaskListMaintenance taskList, AsApplication asApplication, PlatformTransactionManager transactionManager,
            LatestProcessVersions latestVersions) {
        this.latestVersions = latestVersions;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.supervisorTasks = supervisorTasks;
        this.taskList = taskList;
        this.asApplication = asApplication;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        int moved = rerouteOpenTasks();
        if (moved > 0) {
            log.info("Supervisors' queue: {} open task(s) of running cases routed to the supervisors", moved);
        }
    }

    /** Returns the number of tasks changed. */
    int rerouteOpenTasks() {
        Integer moved = transactions.execute(status -> asApplication.run(() -> {
            Set<String> instances = new LinkedHashSet<>();
            int changed = 0;
            for (Map.Entry<String, Set<String>> process : supervisorActivitiesByProcessKey().entrySet()) {
                List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(process.getKey())
                        .taskDefinitionKeyIn(process.getValue().toArray(String[]::new)).list();
                for (Task task : tasks) {
                    if (reroute(task)) {
                        instances.add(task.getProcessInstanceId());
                        changed++;
                    }
                }
            }
            taskList.resync(instances);
            return changed;
        }));
        return moved == null ? 0 : moved;
    }

    private boolean reroute(Task task) {
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        Object teamValue = taskService.getVariable(task.getId(), CaseLifecycleProcess.Variables.TEAM);
        String team = teamValue == null ? null : teamValue.toString();
        Set<String> teamGroups = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null && Groups.isTeam(group))
                .collect(Collectors.toSet());
        boolean heldByOther = task.getAssignee() != null && !supervisorTasks.isSupervisorOf(task.getAssignee(), team);
        if (SupervisorTasks.isForSupervisors(links) && teamGroups.isEmpty() && !heldByOther) {
            return false;
        }
        if (!SupervisorTasks.isForSupervisors(links)) {
            taskService.addCandidateGroup(task.getId(), Groups.SUPERVISORS);
        }
        for (String group : teamGroups) {
            taskService.deleteCandidateGroup(task.getId(), group);
            revokeGrants(task.getId(), group, null); // the engine keeps a removed candidate's grant otherwise
        }
        if (heldByOther) {
            String holder = task.getAssignee();
            taskService.setAssignee(task.getId(), null);
            revokeGrants(task.getId(), null, holder);
        }
        return true;
    }

    private void revokeGrants(String taskId, String groupId, String userId) {
        var query = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId);
        (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    /** A task created by an older version of its process, offered to the team, goes to the supervisors. */
    @EventListener
    @Order(TaskCreateOrder.SUPERVISOR_ROUTING)
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getProcessDefinitionId() == null
                || SupervisorTasks.isForSupervisors(task.getCandidates())) {
            return;
        }
        String processKey = asApplication.run(() -> repositoryService.getProcessDefinition(
                task.getProcessDefinitionId()).getKey());
        if (!supervisorActivitiesOfLatest(processKey).contains(task.getTaskDefinitionKey())) {
            return;
        }
        task.addCandidateGroup(Groups.SUPERVISORS);
    }

    private Map<String, Set<String>> supervisorActivitiesByProcessKey() {
        Map<String, Set<String>> byKey = new HashMap<>();
        repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(definition -> {
            Set<String> activities = supervisorActivities(definition);
            if (!activities.isEmpty()) {
                byKey.put(definition.getKey(), activities);
            }
        });
        return byKey;
    }

    /** The latest version as this node holds it: a query per task created cost more than the rest of the check. */
    private Set<String> supervisorActivitiesOfLatest(String processKey) {
        try {
            return latestVersions.latestId(processKey).map(id -> asApplication.run(() -> supervisorActivities(id)))
                    .orElse(Set.of());
        } catch (ProcessEngineException deletedMeanwhile) { // not found: a deployment deleted since the copy was read
            latestVersions.forget();
            return latestVersions.latestId(processKey).map(id -> asApplication.run(() -> supervisorActivities(id)))
                    .orElse(Set.of());
        }
    }

    private Set<String> supervisorActivities(ProcessDefinition definition) {
        return supervisorActivities(definition.getId());
    }

    private Set<String> supervisorActivities(String definitionId) {
        return latestRouting.computeIfAbsent(definitionId, id -> repositoryService.getBpmnModelInstance(id)
                .getModelElementsByType(UserTask.class).stream()
                .filter(userTask -> userTask.getCamundaCandidateGroups() != null
                        && userTask.getCamundaCandidateGroupsList().contains(Groups.SUPERVISORS))
                .map(UserTask::getId).collect(Collectors.toSet()));
    }
}
