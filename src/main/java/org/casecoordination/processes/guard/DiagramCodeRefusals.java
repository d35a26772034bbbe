package org.casecoordination.processes.guard;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Logs and audits each refusal before the refused step rolls back: the audit row is written in its own
 * transaction, so it stays when the step's transaction does not (a user's completion, a timer's job).
 */
@Component
public class DiagramCodeRefusals {

    private static final Logger log = LoggerFactory.getLogger(DiagramCodeRefusals.class);

    private final ObjectProvider<AuditLog> auditLog;
    private final ObjectProvider<IdentityService> identityService;

    /** Providers: the engine's expression manager is built before these beans exist. */
    DiagramCodeRefusals(ObjectProvider<AuditLog> auditLog, ObjectProvider<IdentityService> identityService) {
        this.auditLog = auditLog;
        this.identityService = identityService;
    }

    /**
     * @param where   definition and element, e.g. "CaseLifecycle:3:42, element Task_Intake"
     * @param problem what was refused, in plain words
     * @return the exception to throw
     */
    public DiagramCodeRefused refuse(String where, String caseNumber, String problem) {
        String message = "Refused: " + where + ": " + problem
                + ". Diagrams reach only process variables and the beans listed for diagrams (analysts' guide).";
        log.warn(message);
        try {
            auditLog.getObject().write(new AuditEvent(Instant.now(), actor(), AuditAction.DIAGRAM_CODE_REFUSED,
                    caseNumber, where + ": " + problem, AuditEvent.FAILURE, null));
        } catch (RuntimeException e) {
            log.error("Could not audit a refused diagram expression ({})", e.getClass().getSimpleName());
        }
        return new DiagramCodeRefused(message);
    }

    private String actor() {
        var authentication = identityService.getObject().getCurrentAuthentication();
        return authentication == null ? "process engine" : authentication.getUserId();
    }
}
