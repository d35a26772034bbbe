package org.casecoordination.security.admin;

import org.casecoordination.security.Groups;

/** The roles a person can have, each a Camunda group so Tasklist, Cockpit and grants agree with the app. */
public enum Role {
    COORDINATOR(Groups.COORDINATORS, "Case coordinator"),
    SUPERVISOR(Groups.SUPERVISORS, "Supervisor (supervises the teams they are a member of)"),
    ANALYST(Groups.ANALYSTS, "Process analyst"),
    ADMIN(Groups.ADMINS, "Administrator");

    private final String groupId;
    private final String label;

    Role(String groupId, String label) {
        this.groupId = groupId;
        this.label = label;
    }

    public String groupId() {
        return groupId;
    }

    public String label() {
        return label;
    }
}
