package org.casecoordination.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now, whichever door they came in by: this app (Spring Security), Camunda's webapps or the
 * engine REST API (the engine's current authentication). Job executor work has no user and acts as "system".
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Work the engine does on its own (timers, jobs, start-up): nobody is logged in at all. */
    public boolean isEngineWork() {
        Authentication engineUser = identityService.getCurrentAuthentication();
        var springUser = SecurityContextHolder.getContext().getAuthentication();
        return (engineUser == null || engineUser.getUserId() == null)
                && (springUser == null || !springUser.isAuthenticated()
                        || springUser instanceof AnonymousAuthenticationToken);
    }

    public String id() {
        Authentication engineUser = identityService.getCurrentAuthentication();
        if (engineUser != null && engineUser.getUserId() != null) {
            return engineUser.getUserId();
        }
        var springUser = SecurityContextHolder.getContext().getAuthentication();
        if (springUser != null && springUser.isAuthenticated()
                && !(springUser instanceof AnonymousAuthenticationToken)) {
            return springUser.getName();
        }
        return SYSTEM;
    }

    public List<String> groups() {
        Authentication engineUser = identityService.getCurrentAuthentication();
        if (engineUser != null && engineUser.getGroupIds() != null) {
            return engineUser.getGroupIds();
        }
        var springUser = SecurityContextHolder.getContext().getAuthentication();
        if (springUser == null) {
            return List.of();
        }
        return Groups.of(springUser.getAuthorities());
    }

    /** Team groups (team-north, team-south, ...) the current user belongs to. */
    public List<String> teams() {
        return groups().stream().filter(Groups::isTeam).toList();
    }
}
