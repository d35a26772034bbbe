package org.casecoordination.security.audit;

/** What someone did, read in "who accessed this record" as auditAction.CODE in the message bundles. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    VIEW_RECORD,
    /** A list that showed clients' names; the resource names the cases listed. */
    VIEW_LIST,
    CHANGE_RECORD,
    EXPORT,
    REASSIGN,
    EMERGENCY_ACCESS,
    ADMINISTRATION,
    /** A diagram, decision or form that tried to reach beyond its data contract; the step did not run. */
    DIAGRAM_CODE_REFUSED,
    /** Camunda authorizations: who may do what in the engine. */
    ACCESS_RIGHTS;
}
