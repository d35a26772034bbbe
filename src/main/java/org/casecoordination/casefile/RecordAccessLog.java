package org.casecoordination.casefile;

import java.util.List;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who accessed this record": the audit events of one case, newest first, for supervisors' review. Capped at
 * {@link #LIMIT} rows: a review looks at recent access; the whole history stays in the table for an investigation.
 * Who may see this is for the caller to decide (supervisors).
 */
@Service
public class RecordAccessLog {

    public static final int LIMIT = 200;

    private final AuditLog auditLog;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final CurrentUser currentUser;

    RecordAccessLog(AuditLog auditLog, CaseRepository cases, CaseAccess access, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Supervisors review who accessed the records of the teams they supervise; nobody else reads the log. */
    public boolean mayReview() {
        return currentUser.groups().contains(Groups.SUPERVISORS);
    }

    /**
     * The newest {@link #LIMIT} events of the case; {@link CaseNotFoundException} for an unknown case,
     * {@link CaseAccessDeniedException} unless the caller supervises the case's team.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> of(String caseNumber) {
        CareCase careCase = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!mayReview() || !access.canSee(careCase)) {
            throw new CaseAccessDeniedException(caseNumber);
        }
        return auditLog.newestOfCase(caseNumber, LIMIT);
    }
}
