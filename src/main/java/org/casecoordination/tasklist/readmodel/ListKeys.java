package org.casecoordination.tasklist.readmodel;

import org.casecoordination.security.Groups;

/**
 * Which list a task is on: its assignee's "My tasks" while someone has it, else its audience's queue: the
 * candidate group's (the team's coordinators), or for a task offered to the supervisors group, the supervisors'
 * queue of the case's team. One key per row is what lets every list page be one index range read in order.
 */
public final class ListKeys {

    public static String user(String userId) {
        return "u:" + userId;
    }

    public static String group(String groupId) {
        return "g:" + groupId;
    }

    /** The supervisors' queue of one team ("Approvals"): supervisors of another team do not see it. */
    public static String supervisorsOf(String team) {
        return "s:" + team;
    }

    /** Null for an unassigned task without a candidate group: it is on nobody's list. */
    public static String of(String assignee, String candidateGroup, String team) {
        if (assignee != null) {
            return user(assignee);
        }
        if (Groups.SUPERVISORS.equals(candidateGroup)) {
            return supervisorsOf(team);
        }
        return candidateGroup == null ? null : group(candidateGroup);
    }

    private ListKeys() {
    }
}
