package org.casecoordination.fhir;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.springframework.stereotype.Component;

/**
 * The supervisors of a team: members of both the team and the supervisors group, by login. Kept for a minute per
 * team, as {@code People} keeps names, so a search over many cases asks the identity service once per team.
 */
@Component
class SupervisorsOfTeam {

    private static final long FRESH_FOR_NANOS = 60_000_000_000L;

    private record Held(List<String> supervisors, long readAtNanos) {
    }

    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final Map<String, Held> byTeam = new ConcurrentHashMap<>();

    SupervisorsOfTeam(IdentityService identityService, AsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    List<String> of(String team) {
        Held held = byTeam.get(team);
        if (held == null || System.nanoTime() - held.readAtNanos() > FRESH_FOR_NANOS) {
            held = new Held(read(team), System.nanoTime());
            byTeam.put(team, held);
        }
        return held.supervisors();
    }

    private List<String> read(String team) {
        return asApplication.run(() -> {
            Set<String> supervisors = identityService.createUserQuery().memberOfGroup(Groups.SUPERVISORS).list()
                    .stream().map(User::getId).collect(Collectors.toSet());
            return identityService.createUserQuery().memberOfGroup(team).orderByUserId().asc().list().stream()
                    .map(User::getId).filter(supervisors::contains).toList();
        });
    }
}
