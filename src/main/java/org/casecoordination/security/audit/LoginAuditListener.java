package org.casecoordination.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins, failed logins (with the user name tried) and logouts of this app and its APIs, from Spring Security's
 * events. The form login is one LOGIN; HTTP Basic counts as described in {@link BasicLogins}. Camunda's webapps
 * log in on their own: {@link CamundaWebappLoginAuditFilter}. A login event that cannot be written is logged,
 * not turned into a refused login: a login discloses no record, and every record access is audited on its own.
 */
@Component
class LoginAuditListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditListener.class);

    private final AuditLog auditLog;
    private final BasicLogins basicLogins;

    LoginAuditListener(AuditLog auditLog, BasicLogins basicLogins) {
        this.auditLog = auditLog;
        this.basicLogins = basicLogins;
    }

    @EventListener
    void formLogin(InteractiveAuthenticationSuccessEvent event) {
        write(AuditAction.LOGIN, event.getAuthentication(), AuditEvent.SUCCESS, "");
    }

    /** Published for every login; only HTTP Basic is handled here, the form login has its own event above. */
    @EventListener
    void anyLogin(AuthenticationSuccessEvent event) {
        Optional<HttpServletRequest> request = Callers.currentRequest().filter(LoginAuditListener::isBasic);
        Authentication user = event.getAuthentication();
        if (request.isPresent()
                && basicLogins.isNew(user.getName(), remoteAddress(user, request), Instant.now())) {
            write(AuditAction.LOGIN, user, AuditEvent.SUCCESS, "HTTP Basic ");
        }
    }

    @EventListener
    void failedLogin(AbstractAuthenticationFailureEvent event) {
        write(AuditAction.LOGIN_FAILED, event.getAuthentication(), AuditEvent.FAILURE,
                Callers.currentRequest().filter(LoginAuditListener::isBasic).isPresent() ? "HTTP Basic " : "");
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        write(AuditAction.LOGOUT, event.getAuthentication(), AuditEvent.SUCCESS, "");
    }

    private void write(AuditAction action, Authentication user, String outcome, String door) {
        Optional<HttpServletRequest> request = Callers.currentRequest();
        String resource = door + request.map(Callers::resource).orElse("");
        try {
            auditLog.write(new AuditEvent(Instant.now(), user.getName(), action, null, resource, outcome,
                    remoteAddress(user, request)));
        } catch (RuntimeException e) {
            log.error("AUDIT EVENT LOST: {} of {} ({}) could not be written", action, user.getName(), resource, e);
        }
    }

    private static String remoteAddress(Authentication user, Optional<HttpServletRequest> request) {
        if (user.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return request.map(Callers::remoteAddress).orElse(null);
    }

    private static boolean isBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
