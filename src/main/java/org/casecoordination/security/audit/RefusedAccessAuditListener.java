package org.casecoordination.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * A request to a record that Spring Security's URL rules refuse never reaches {@link RecordAccessAuditFilter};
 * its denial event is audited here instead, with outcome 403. Anonymous callers are left out: they are sent to
 * log in, which is audited as a login or failed login, and they saw nothing. Denials inside the application
 * (method security, the app's own checks) pass through the filter and are not seen here.
 */
@Component
class RefusedAccessAuditListener {

    private static final Logger log = LoggerFactory.getLogger(RefusedAccessAuditListener.class);

    private final AuditLog auditLog;
    private final RecordLookup lookup;

    RefusedAccessAuditListener(AuditLog auditLog, RecordLookup lookup) {
        this.auditLog = auditLog;
        this.lookup = lookup;
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof HttpServletRequest request)) {
            return;
        }
        var user = event.getAuthentication().get();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return;
        }
        RecordRequest.of(request.getMethod(), Callers.path(request)).ifPresent(record -> {
            AuditEvent audit = new AuditEvent(Instant.now(), user.getName(), record.action(), caseOf(record),
                    Callers.resource(request), "403", Callers.remoteAddress(request));
            try {
                auditLog.write(audit);
            } catch (RuntimeException e) {
                log.error("AUDIT EVENT LOST: refused {} of case {} by {} could not be written", record.action(),
                        audit.getCaseNumber(), user.getName(), e);
            }
        });
    }

    private String caseOf(RecordRequest record) {
        return switch (record.target()) {
            case CASE -> record.id();
            case TASK -> lookup.task(record.id()).caseNumber();
            case PROCESS_INSTANCE -> lookup.caseOfProcessInstance(record.id());
            case NEW_CASE -> null;
        };
    }
}
