package org.casecoordination.security.audit;

/** What someone did, in the words a supervisor reads in "who accessed this record". */
public enum AuditAction {
    LOGIN("Logged in"),
    LOGIN_FAILED("Failed login"),
    LOGOUT("Logged out"),
    VIEW_RECORD("Viewed"),
    /** A list that showed clients' names; the resource names the cases listed. */
    VIEW_LIST("Viewed in a list"),
    CHANGE_RECORD("Changed"),
    EXPORT("Exported"),
    REASSIGN("Reassigned a task"),
    EMERGENCY_ACCESS("Emergency access"),
    ADMINISTRATION("Changed users, roles or teams"),
    /** A diagram, decision or form that tried to reach beyond its data contract; the step did not run. */
    DIAGRAM_CODE_REFUSED("Diagram code refused"),
    /** Camunda authorizations: who may do what in the engine. */
    ACCESS_RIGHTS("Changed access rights");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
