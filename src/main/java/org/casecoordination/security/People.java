package org.casecoordination.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The names people read instead of ids: a person's full name (first and last name in Camunda's identity service)
 * instead of their login, a team's group name ("Team North") instead of its id. Templates call it as
 * {@code ${@people.fullName(id)}}. Names are held for a minute, so a page listing hundreds of rows asks the
 * identity service once per person; an unknown id (a deleted user) is shown as it is.
 */
@Component("people")
public class People {

    private static final long FRESH_FOR_NANOS = 60_000_000_000L;

    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final Map<String, Held> userNames = new ConcurrentHashMap<>();
    private final Map<String, Held> groupNames = new ConcurrentHashMap<>();

    public People(IdentityService identityService, AsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    /** "Cora Lindqvist" for {@code cora}; the id itself when the person is unknown or has no name. */
    public String fullName(String userId) {
        if (CurrentUser.SYSTEM.equals(userId)) {
            return "the system";
        }
        return userId == null ? "" : lookUp(userNames, userId, id -> {
            User user = identityService.createUserQuery().userId(id).singleResult();
            if (user == null) {
                return id;
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                    + (user.getLastName() == null ? "" : user.getLastName())).strip();
            return name.isEmpty() ? id : name;
        });
    }

    /** Login to full name for each of the logins (null ones left out). */
    public Map<String, String> fullNames(java.util.Collection<String> userIds) {
        Map<String, String> names = new java.util.HashMap<>();
        userIds.stream().filter(java.util.Objects::nonNull).distinct().forEach(id -> names.put(id, fullName(id)));
        return names;
    }

    /** The person's email address in Camunda's identity service; empty for an unknown person or none given. */
    public java.util.Optional<String> email(String userId) {
        return asApplication.run(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            return java.util.Optional.ofNullable(user == null ? null : user.getEmail()).filter(e -> !e.isBlank());
        });
    }

    /** The language the person chose for the screens (an ISO 639-1 code), for words read outside a request. */
    public java.util.Optional<String> chosenLanguage(String userId) {
        return asApplication.run(() -> java.util.Optional.ofNullable(identityService.getUserInfo(userId,
                org.casecoordination.security.language.UserLanguage.USER_INFO_KEY)));
    }

    /** "Team North" for {@code team-north}; the id itself when the group is unknown or has no name. */
    public String teamName(String groupId) {
        return groupId == null ? "" : lookUp(groupNames, groupId, id -> {
            Group group = identityService.createGroupQuery().groupId(id).singleResult();
            return group == null || group.getName() == null || group.getName().isBlank() ? id : group.getName();
        });
    }

    private String lookUp(Map<String, Held> names, String id, Function<String, String> read) {
        Held held = names.get(id);
        if (held == null || System.nanoTime() - held.readAtNanos() > FRESH_FOR_NANOS) {
            held = new Held(asApplication.run(() -> read.apply(id)), System.nanoTime());
            names.put(id, held);
        }
        return held.name();
    }

    private record Held(String name, long readAtNanos) {
    }
}
