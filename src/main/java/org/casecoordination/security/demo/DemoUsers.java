package org.casecoordination.security.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo people, all with password "demo", in Camunda's identity so Tasklist and Cockpit know them too.
 * Only in the demo profile: production has no default passwords.
 */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private record DemoGroup(String id, String name, String type) {
    }

    private record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    private static final List<DemoGroup> GROUPS = List.of(
            new DemoGroup(Groups.COORDINATORS, "Case coordinators", "WORKFLOW"),
            new DemoGroup(Groups.SUPERVISORS, "Supervisors", "WORKFLOW"),
            new DemoGroup(Groups.ANALYSTS, "Process analysts", "SYSTEM"),
            new DemoGroup(Groups.ADMINS, "Administrators", "SYSTEM"),
            new DemoGroup("team-north", "Team North", "WORKFLOW"),
            new DemoGroup("team-south", "Team South", "WORKFLOW"));

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("cora", "Cora", "Lindqvist", List.of(Groups.COORDINATORS, "team-north")),
            new DemoUser("colin", "Colin", "Mensah", List.of(Groups.COORDINATORS, "team-north")),
            new DemoUser("dana", "Dana", "Okafor", List.of(Groups.COORDINATORS, "team-south")),
            new DemoUser("sam", "Sam", "Reyes", List.of(Groups.SUPERVISORS, "team-north", "team-south")),
            new DemoUser("ana", "Ana", "Petrova", List.of(Groups.ANALYSTS)),
            new DemoUser("admin", "Ada", "Admin", List.of(Groups.ADMINS)));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROUPS.forEach(this::ensureGroup);
        USERS.forEach(this::ensureUser);
    }

    static List<String> userIds() {
        return USERS.stream().map(DemoUser::id).toList();
    }

    private void ensureGroup(DemoGroup demo) {
        if (identityService.createGroupQuery().groupId(demo.id()).count() == 0) {
            Group group = identityService.newGroup(demo.id());
            group.setName(demo.name());
            group.setType(demo.type());
            identityService.saveGroup(group);
        }
    }

    private void ensureUser(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@example.org");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String groupId : demo.groups()) {
            if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(demo.id(), groupId);
            }
        }
    }
}
