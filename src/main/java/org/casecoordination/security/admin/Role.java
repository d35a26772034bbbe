package org.casecoordination.security.admin;

import org.casecoordination.security.Groups;

/**
 * The roles a person can have, each a Camunda group so Tasklist, Cockpit and grants agree with the app. Words:
 * role.CODE in the message bundles.
 */
public enum Role {
    COORDINATOR(Groups.COORDINATORS),
    SUPERVISOR(Groups.SUPERVISORS),
    ANALYST(Groups.ANALYSTS),
    ADMIN(Groups.ADMINS);

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }
}
