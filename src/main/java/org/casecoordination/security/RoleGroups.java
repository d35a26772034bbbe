package org.casecoordination.security;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The role groups exist in every installation, demo or not: roles are memberships of them. */
@Component
@Order(4)
class RoleGroups implements ApplicationRunner {

    private static final Map<String, String> ROLES = Map.of(
            Groups.COORDINATORS, "Case coordinators",
            Groups.SUPERVISORS, "Supervisors",
            Groups.ANALYSTS, "Process analysts",
            Groups.ADMINS, "Administrators");

    private final IdentityService identityService;

    RoleGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        ROLES.forEach((id, name) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(name);
                group.setType(Groups.ADMINS.equals(id) || Groups.ANALYSTS.equals(id) ? "SYSTEM" : "WORKFLOW");
                identityService.saveGroup(group);
            }
        });
    }
}
