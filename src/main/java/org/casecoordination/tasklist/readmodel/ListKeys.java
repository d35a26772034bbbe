package org.casecoordination.tasklist.readmodel;

/**
 * Which list a task is on: its assignee's "My tasks" while someone has it, else its candidate group's queue. One
 * key per row is what lets every list page be one index range read in order.
 */
public final class ListKeys {

    public static String user(String userId) {
        return "u:" + userId;
    }

    public static String group(String groupId) {
        return "g:" + groupId;
    }

    /** Null for an unassigned task without a candidate group: it is on nobody's list. */
    public static String of(String assignee, String candidateGroup) {
        if (assignee != null) {
            return user(assignee);
        }
        return candidateGroup == null ? null : group(candidateGroup);
    }

    private ListKeys() {
    }
}
