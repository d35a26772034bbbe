package org.casecoordination.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People as others read them: "Cora Lindqvist", the first and last name Camunda's identity holds, not the login.
 * A login with no such user (someone removed since) or no name stays as it is.
 */
@Component("personNames")
public class PersonNames {

    private final IdentityService identityService;
    private final AsApplication asApplication;

    PersonNames(IdentityService identityService, AsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    public String fullName(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        User user = asApplication.run(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : fullName(user);
    }

    /** Login → full name for each of the logins, in one query. */
    public Map<String, String> fullNames(Collection<String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        if (ids.length == 0) {
            return names;
        }
        asApplication.run(() -> identityService.createUserQuery().userIdIn(ids).list())
                .forEach(user -> names.put(user.getId(), fullName(user)));
        for (String id : ids) {
            names.putIfAbsent(id, id);
        }
        return names;
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
