package org.casecoordination.security.audit;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.system.EnginePath;

/**
 * A request that touches a client record, and what names the record: a case number, a task id, a process
 * instance id, or (for a new referral) the response. Reading is {@link AuditAction#VIEW_RECORD}, anything else
 * {@link AuditAction#CHANGE_RECORD}; claiming or assigning a task may turn out to be a {@link AuditAction#REASSIGN};
 * asking for emergency access to a case is {@link AuditAction#EMERGENCY_ACCESS}.
 */
record RecordRequest(Target target, String id, AuditAction action, Assignment assignment) {

    enum Target { CASE, TASK, PROCESS_INSTANCE, NEW_CASE }

    /** CLAIM takes a task for the caller; ASSIGN gives it to whoever the body names. */
    enum Assignment { NONE, CLAIM, ASSIGN }

    private static final Pattern CASE = Pattern.compile("^/(?:api/)?cases/([^/]+)(/.*)?$");
    /** An administrator opening a record by "emergency access" (casefile.EmergencyAccessController). */
    private static final Pattern EMERGENCY_ACCESS = Pattern.compile("^/emergency-access/?$");
    private static final Pattern NEW_CASE = Pattern.compile("^/(?:api/cases|referrals)/?$");
    private static final Pattern APP_TASK = Pattern.compile("^/(?:api/)?tasks/([^/]+)(/.*)?$");
    /** A task or process instance of Camunda's REST API, after any of its prefixes ({@link EnginePath}). */
    private static final Pattern ENGINE = Pattern.compile("^/(task|process-instance)/([^/]+)(/.*)?$");
    private static final Pattern CLAIM = Pattern.compile("^/claim/?$");
    private static final Pattern ASSIGN = Pattern.compile("^/(?:assignee|delegate)/?$");
    /** Paths in the id's place that are collections or bulk operations, not one record. */
    private static final Set<String> NOT_AN_ID = Set.of("count", "create", "report", "suspended", "suspended-async",
            "delete", "delete-historic-query-based", "job-retries", "job-retries-historic-query-based",
            "variables-async", "message-async");

    /** The record request this is, if any; the path as {@link Callers#path} gives it. */
    static Optional<RecordRequest> of(String method, String path) {
        if ("OPTIONS".equals(method)) {
            return Optional.empty();
        }
        boolean reads = "GET".equals(method) || "HEAD".equals(method);
        AuditAction action = reads ? AuditAction.VIEW_RECORD : AuditAction.CHANGE_RECORD;
        Matcher m;
        if (!reads && NEW_CASE.matcher(path).matches()) {
            return Optional.of(new RecordRequest(Target.NEW_CASE, null, action, Assignment.NONE));
        }
        if ((m = CASE.matcher(path)).matches()) {
            boolean emergency = !reads && m.group(2) != null && EMERGENCY_ACCESS.matcher(m.group(2)).matches();
            return Optional.of(new RecordRequest(Target.CASE, m.group(1),
                    emergency ? AuditAction.EMERGENCY_ACCESS : action, Assignment.NONE));
        }
        if ((m = APP_TASK.matcher(path)).matches()) {
            return Optional.of(new RecordRequest(Target.TASK, m.group(1), action, reads ? Assignment.NONE
                    : assignment(m.group(2), false)));
        }
        Optional<EnginePath> engine = EnginePath.of(path);
        if (engine.isPresent() && (m = engine.get().matcher(ENGINE)).matches() && !NOT_AN_ID.contains(m.group(2))) {
            boolean task = "task".equals(m.group(1));
            return Optional.of(new RecordRequest(task ? Target.TASK : Target.PROCESS_INSTANCE, m.group(2), action,
                    task && !reads ? assignment(m.group(3), true) : Assignment.NONE));
        }
        return Optional.empty();
    }

    private static Assignment assignment(String rest, boolean engine) {
        if (rest == null) {
            return Assignment.NONE;
        }
        if (CLAIM.matcher(rest).matches()) {
            return Assignment.CLAIM;
        }
        return engine && ASSIGN.matcher(rest).matches() ? Assignment.ASSIGN : Assignment.NONE;
    }
}
