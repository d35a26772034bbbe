package org.casecoordination.fhir;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.springframework.stereotype.Component;

/** The supervisors of a team: members of both the team and the supervisors group, by login. */
@Component
class SupervisorsOfTeam {

    private final IdentityService identityService;
    private final AsApplication asApplication;

    SupervisorsOfTeam(IdentityService identityService, AsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    List<String> of(String team) {
        return asApplication.run(() -> {
            Set<String> supervisors = identityService.createUserQuery().memberOfGroup(Groups.SUPERVISORS).list()
                    .stream().map(User::getId).collect(Collectors.toSet());
            return identityService.createUserQuery().memberOfGroup(team).orderByUserId().asc().list().stream()
                    .map(User::getId).filter(supervisors::contains).toList();
        });
    }
}
