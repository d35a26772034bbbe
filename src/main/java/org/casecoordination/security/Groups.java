package org.casecoordination.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;

/** Group ids shared with Camunda's identity service, so Tasklist and Cockpit see the same people and teams. */
public final class Groups {

    public static final String COORDINATORS = "coordinators";
    public static final String SUPERVISORS = "supervisors";
    public static final String ANALYSTS = "analysts";
    public static final String ADMINS = "camunda-admin";

    public static final String TEAM_PREFIX = "team-";
    /** Spring authorities carry each Camunda group as GROUP_<id>. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    public static boolean isTeam(String groupId) {
        return groupId.startsWith(TEAM_PREFIX);
    }

    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }

    /** The Camunda group ids carried by a Spring user's authorities. */
    public static List<String> of(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(AUTHORITY_PREFIX))
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length())).toList();
    }

    private Groups() {
    }
}
