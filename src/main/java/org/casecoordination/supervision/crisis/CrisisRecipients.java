package org.casecoordination.supervision.crisis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Who is told, urgently, of a crisis: whoever the task went to (this week's on-call coordinator) or, with nobody
 * on call, the team's supervisors, who see the team queue it waits in; and the case owner, who knows the client.
 */
@Component
class CrisisRecipients {

    private final IdentityService identityService;
    private final AsApplication asApplication;

    CrisisRecipients(IdentityService identityService, AsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    /** User ids: the one responding first. */
    List<String> of(CareCase careCase, String assignee) {
        Set<String> people = new LinkedHashSet<>();
        if (assignee != null) {
            people.add(assignee);
        } else {
            people.addAll(supervisorsOf(careCase.getTeam()));
        }
        if (careCase.getOwner() != null) {
            people.add(careCase.getOwner());
        }
        return new ArrayList<>(people);
    }

    private List<String> supervisorsOf(String team) {
        return asApplication.run(() -> {
            Set<String> supervisors = ids(Groups.SUPERVISORS);
            return ids(team).stream().filter(supervisors::contains).sorted().toList();
        });
    }

    private Set<String> ids(String group) {
        return identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId)
                .collect(Collectors.toSet());
    }
}
