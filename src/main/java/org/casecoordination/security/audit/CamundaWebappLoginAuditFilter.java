package org.casecoordination.security.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.system.CachedBodyRequest;
import org.casecoordination.system.FormBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's webapps (Tasklist, Cockpit, Admin) log users in and out themselves, without Spring Security's events:
 * their login and logout calls are audited here, a failed login with the user name that was tried.
 */
class CamundaWebappLoginAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CamundaWebappLoginAuditFilter.class);
    private static final Pattern LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/([^/]+)/?$");
    private static final Pattern LOGOUT = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/logout/?$");

    private final AuditLog auditLog;

    CamundaWebappLoginAuditFilter(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = Callers.path(request);
        return !"POST".equals(request.getMethod())
                || !LOGIN.matcher(path).matches() && !LOGOUT.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher login = LOGIN.matcher(Callers.path(request));
        if (!login.matches()) {
            String user = Callers.actor(request); // before the logout ends the session
            chain.doFilter(request, response);
            if (!AuditEvent.ANONYMOUS.equals(user)) {
                write(user, AuditAction.LOGOUT, request, AuditEvent.SUCCESS);
            }
            return;
        }
        CachedBodyRequest cached = CachedBodyRequest.of(request); // Camunda reads the form itself afterwards
        chain.doFilter(cached, response);
        boolean success = response.getStatus() == HttpServletResponse.SC_OK;
        write(userName(cached.body()), success ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED, request,
                success ? AuditEvent.SUCCESS : AuditEvent.FAILURE);
    }

    private void write(String user, AuditAction action, HttpServletRequest request, String outcome) {
        try {
            auditLog.write(new AuditEvent(Instant.now(), user, action, null, Callers.resource(request), outcome,
                    Callers.remoteAddress(request)));
        } catch (RuntimeException e) {
            log.error("AUDIT EVENT LOST: Camunda webapp {} of {} could not be written", action, user, e);
        }
    }

    /** The "username" field of the url-encoded login form; nothing else of it, never the password. */
    private static String userName(byte[] body) {
        return FormBodies.field(body, "username").orElse(AuditEvent.ANONYMOUS);
    }
}
