package org.casecoordination.assessment.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.springframework.stereotype.Component;

/**
 * "The supervisors of team X": members of both the team's group and the supervisors role group, the people a late
 * safety response escalates to ({@code camunda:candidateUsers="${teamSupervisors.of(team)}"}). A supervisor of
 * another team is not one of them: the case's record is not theirs to see.
 */
@Component("teamSupervisors")
public class TeamSupervisors {

    private final IdentityService identityService;
    private final AsApplication asApplication;

    TeamSupervisors(IdentityService identityService, AsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    /** User ids, sorted; a modifiable list, as the engine adds candidate users from it. */
    public List<String> of(String team) {
        return asApplication.run(() -> {
            Set<String> supervisors = ids(Groups.SUPERVISORS);
            return new ArrayList<>(ids(team).stream().filter(supervisors::contains).sorted().toList());
        });
    }

    private Set<String> ids(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
                .collect(Collectors.toSet());
    }
}
