package org.casecoordination.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants per role group for Camunda's own doors (Tasklist, Cockpit, Admin, /engine-rest), so that with engine
 * authorization on, coordinators and supervisors work their teams' tasks in Tasklist and through /engine-rest and
 * see nothing else. Which tasks: Camunda itself grants a task to its assignee and candidate groups (the case's
 * team), so no grant here opens another team's task, instance or variable. Analysts read definitions and
 * versions; administrators manage users, groups, grants, deployments (read and delete, not deploy) and
 * definitions, but no case data. What anyone may grant or join through Camunda's doors: {@link AccessRightsRules}.
 * Idempotent: runs at every start.
 */
@Component
@Order(5)
class EngineAuthorizationGrants implements ApplicationRunner {

    private record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    }

    private static final List<Grant> GRANTS = List.of(
            new Grant(Groups.COORDINATORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Groups.COORDINATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ),
            new Grant(Groups.COORDINATORS, Resources.FILTER, ANY, Permissions.READ),
            new Grant(Groups.SUPERVISORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Groups.SUPERVISORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ),
            new Grant(Groups.SUPERVISORS, Resources.FILTER, ANY, Permissions.READ),
            new Grant(Groups.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            new Grant(Groups.ANALYSTS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ),
            new Grant(Groups.ANALYSTS, Resources.DECISION_DEFINITION, ANY, Permissions.READ),
            new Grant(Groups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
            new Grant(Groups.ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.READ));

    private final AuthorizationService authorizationService;

    EngineAuthorizationGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /**
     * What administrators may not read in the engine: the work and history of cases (tasks, instances, their
     * variables in the operation log). They open a client's record only through the app's emergency access.
     */
    static final Set<Resources> CASE_DATA = EnumSet.of(Resources.TASK, Resources.PROCESS_INSTANCE,
            Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE, Resources.OPERATION_LOG_CATEGORY);

    /**
     * Definitions carry permissions on everything started from them (READ_TASK, READ_INSTANCE, READ_HISTORY...):
     * administrators get only what manages the definition itself. Deployments: they read and delete them, but do
     * not deploy (CREATE); analysts deploy new versions in the app, which deploys as the application. Batches:
     * they watch, suspend, cancel and retry, but create no batch that acts on cases (see {@link AccessRightsRules}).
     */
    private static final List<Grant> ADMIN_DEFINITION_GRANTS = List.of(
            new Grant(Groups.ADMINS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.DELETE,
                    ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.RETRY_JOB),
            new Grant(Groups.ADMINS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE),
            new Grant(Groups.ADMINS, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.DELETE),
            new Grant(Groups.ADMINS, Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.UPDATE,
                    BatchPermissions.DELETE, BatchPermissions.READ_HISTORY, BatchPermissions.DELETE_HISTORY,
                    BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES,
                    BatchPermissions.CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES));

    @Override
    public void run(ApplicationArguments args) {
        GRANTS.forEach(this::ensure);
        for (Resources resource : Resources.values()) {
            boolean limited = ADMIN_DEFINITION_GRANTS.stream().anyMatch(grant -> grant.resource() == resource);
            if (CASE_DATA.contains(resource) || limited) {
                revokeAll(Groups.ADMINS, resource); // also what an earlier version granted
            } else {
                ensure(new Grant(Groups.ADMINS, resource, ANY, Permissions.ALL));
            }
        }
        ADMIN_DEFINITION_GRANTS.forEach(this::ensure);
    }

    /** Grants made by an earlier version (or by hand) that would open case data to administrators. */
    private void revokeAll(String groupId, Resource resource) {
        authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .authorizationType(AUTH_TYPE_GRANT).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    private void ensure(Grant grant) {
        boolean exists = authorizationService.createAuthorizationQuery().groupIdIn(grant.groupId())
                .resourceType(grant.resource()).resourceId(grant.resourceId()).count() > 0;
        if (!exists) {
            Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            for (Permission permission : grant.permissions()) {
                authorization.addPermission(permission);
            }
            authorizationService.saveAuthorization(authorization);
        }
    }
}
