package org.casecoordination.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
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
 * versions; administrators manage everything in Camunda. Idempotent: runs at every start.
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

    @Override
    public void run(ApplicationArguments args) {
        GRANTS.forEach(this::ensure);
        for (Resources resource : Resources.values()) {
            ensure(new Grant(Groups.ADMINS, resource, ANY, Permissions.ALL));
        }
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
