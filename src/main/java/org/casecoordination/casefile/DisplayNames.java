package org.casecoordination.casefile;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * People and teams as the case page names them: a user by first and last name, a team by its name, never the
 * login or group id the records keep. Templates call it as {@code @displayNames}.
 */
@Component("displayNames")
public class DisplayNames {

    private final IdentityService identityService;

    DisplayNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user's full name; the stored value as it is when no such user exists (a provider's name). */
    public String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        if (CurrentUser.SYSTEM.equals(userId)) {
            return "the system";
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    public String team(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return "";
        }
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
    }
}
