package org.casecoordination.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.system.EnginePath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Memberships changed or users deleted through Camunda's own doors (Camunda Admin, the engine REST API) end the
 * user's sessions too, as the app's user pages do ({@link UserStatus#endSessions}): otherwise a team removed in
 * Camunda Admin would stay in the user's app session until the next login. A deleted user's id stays taken.
 */
class EngineIdentityChanges extends OncePerRequestFilter {

    private static final Pattern MEMBERSHIP = Pattern.compile("^/group/[^/]+/members/([^/]+)/?$");
    private static final Pattern USER = Pattern.compile("^/user/([^/]+)/?$");

    private final UserStatus userStatus;

    EngineIdentityChanges(UserStatus userStatus) {
        this.userStatus = userStatus;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Change> change = changeOf(request);
        chain.doFilter(request, response);
        if (change.isEmpty() || response.getStatus() < 200 || response.getStatus() >= 300) {
            return;
        }
        if (change.get().deleted()) {
            userStatus.markDeleted(change.get().userId());
        } else {
            userStatus.endSessions(change.get().userId());
        }
    }

    private static Optional<Change> changeOf(HttpServletRequest request) {
        String method = request.getMethod();
        Optional<EnginePath> path = EnginePath.of(request);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Matcher membership = path.get().matcher(MEMBERSHIP);
        if (("PUT".equals(method) || "DELETE".equals(method)) && membership.matches()) {
            return Optional.of(new Change(membership.group(1), false));
        }
        Matcher user = path.get().matcher(USER);
        if ("DELETE".equals(method) && user.matches()) {
            return Optional.of(new Change(user.group(1), true));
        }
        return Optional.empty();
    }

    private record Change(String userId, boolean deleted) {
    }
}
