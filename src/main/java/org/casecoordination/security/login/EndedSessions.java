package org.casecoordination.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session, before anything reads it, whose user was deactivated or deleted, or whose roles, teams or
 * password changed after the session logged in ({@link UserStatus}). Spring Security fixes a user's authorities at
 * login and Camunda's webapps cache theirs for minutes ({@code camunda.bpm.webapp.auth.cache}), so without this a
 * removed team would stay readable until the next login. Pages and Camunda's webapps share one HTTP session; both
 * logins in it are checked. The next request finds no login: pages go to the login page, webapps answer 401.
 */
class EndedSessions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedSessions.class);

    private final UserStatus userStatus;

    EndedSessions(UserStatus userStatus) {
        this.userStatus = userStatus;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            endIfRevoked(request, session);
        }
        chain.doFilter(request, response);
    }

    private void endIfRevoked(HttpServletRequest request, HttpSession session) {
        Set<String> users;
        Instant loginAt;
        try {
            users = usersOf(session);
            loginAt = LoginTimes.of(session);
        } catch (IllegalStateException invalidatedMeanwhile) {
            return;
        }
        for (String userId : users) {
            if (!userStatus.sessionMayContinue(request, userId, loginAt)) {
                log.info("Ending the session of user {}: access changed after login", userId);
                try {
                    session.invalidate();
                } catch (IllegalStateException invalidatedMeanwhile) {
                    // a parallel request of the same session ended it first
                }
                return;
            }
        }
    }

    /** Who is logged in with this session: to this app's pages, to Camunda's webapps, or both. */
    private static Set<String> usersOf(HttpSession session) {
        Set<String> users = new LinkedHashSet<>();
        appUserOf(session).ifPresent(users::add);
        users.addAll(camundaUsersOf(session));
        return users;
    }

    /** The login to this app's pages (Spring Security) kept in the session. */
    static Optional<String> appUserOf(HttpSession session) {
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context) {
            Authentication user = context.getAuthentication();
            if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
                return Optional.of(user.getName());
            }
        }
        return Optional.empty();
    }

    /** The logins to Camunda's webapps (one per engine) kept in the session. */
    static List<String> camundaUsersOf(HttpSession session) {
        Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
        return webapp == null ? List.of()
                : webapp.getAuthentications().stream().map(UserAuthentication::getIdentityId).toList();
    }
}
