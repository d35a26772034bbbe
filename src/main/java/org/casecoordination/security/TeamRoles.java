package org.casecoordination.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rules that depend on a team, declared once: a supervisor of a team is a member of the supervisors group
 * and of the team. Methods use them through {@link SupervisorOfTeam} (method security); code that learns the team
 * only from a record it loaded calls {@link #checkSupervises(String)}.
 */
@Component("teamRoles")
public class TeamRoles {

    private final CurrentUser currentUser;
    private final People people;

    public TeamRoles(CurrentUser currentUser, People people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    public boolean supervises(String team) {
        return currentUser.groups().contains(Groups.SUPERVISORS) && currentUser.teams().contains(team);
    }

    /** @return true, for {@code @PreAuthorize}; a refusal says why, in words */
    public boolean checkSupervises(String team) {
        if (!supervises(team)) {
            throw new AccessDeniedException("Only a supervisor of " + people.teamName(team) + " may do this.");
        }
        return true;
    }
}
