package org.casecoordination.security;

import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    public TeamRoles(CurrentUser currentUser, People people, MessageSource messages) {
        this.currentUser = currentUser;
        this.people = people;
        this.messages = messages;
    }

    public boolean supervises(String team) {
        return currentUser.groups().contains(Groups.SUPERVISORS) && currentUser.teams().contains(team);
    }

    /** @return true, for {@code @PreAuthorize}; a refusal says why, in words */
    public boolean checkSupervises(String team) {
        if (!supervises(team)) {
            throw new AccessRefusedException(messages, "refusal.teamSupervisorsOnly", people.teamName(team));
        }
        return true;
    }
}
