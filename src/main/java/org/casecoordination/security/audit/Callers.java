package org.casecoordination.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UrlPathHelper;

/**
 * Who is calling and from where, for the audit log. This app and its APIs log in through Spring Security;
 * Camunda's webapps (/camunda/**) keep their own session login, which Spring sees as anonymous.
 */
final class Callers {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    /** The logged-in user of this app or of Camunda's webapps; the request may be null outside a request. */
    static String actor(HttpServletRequest request) {
        var user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            return user.getName();
        }
        return camundaWebappUser(request).orElse(AuditEvent.ANONYMOUS);
    }

    /** The address the connection came from. Behind a proxy, set server.forward-headers-strategy. */
    static String remoteAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** Decoded, without ;path parameters, repeated slashes collapsed: the path as the servlets route it. */
    static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    }

    /** Method and path, never the query string: a search could carry a client's name. */
    static String resource(HttpServletRequest request) {
        return request.getMethod() + " " + path(request);
    }

    /** The request being served on this thread, also inside Spring Security's filters. */
    static Optional<HttpServletRequest> currentRequest() {
        return RequestInFlight.current().or(() -> RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes ? Optional.of(attributes.getRequest()) : Optional.empty());
    }

    private static Optional<String> camundaWebappUser(HttpServletRequest request) {
        HttpSession session = request == null ? null : request.getSession(false);
        if (session == null || !path(request).startsWith("/camunda/")) {
            return Optional.empty();
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        return logins == null ? Optional.empty() : logins.getAuthentications().stream()
                .map(Authentication::getName).filter(name -> name != null).findFirst();
    }

    private Callers() {
    }
}
