package org.casecoordination.security;

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

    private Groups() {
    }
}
