package org.casecoordination.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casecoordination.system.CachedBodyRequest;
import org.casecoordination.system.FormBodies;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The lockout at the door of Camunda's webapps (Tasklist, Cockpit, Admin), whose login endpoint checks passwords
 * itself, outside Spring Security: a locked user is refused before Camunda sees the password, and Camunda's answer
 * tells whether the password was right (200) or wrong (401). Deactivated users, and users who must first change a
 * temporary password (which only the app's change page can do under its rules), are refused here too.
 */
class CamundaWebappLoginLockout extends OncePerRequestFilter {

    static final String URL_PATTERN = "/camunda/api/admin/auth/user/*";

    private static final Pattern LOGIN_PATH = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final LoginLockout lockout;
    private final UserStatus userStatus;
    private final PasswordCheck passwords;

    CamundaWebappLoginLockout(LoginLockout lockout, UserStatus userStatus, PasswordCheck passwords) {
        this.lockout = lockout;
        this.userStatus = userStatus;
        this.passwords = passwords;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !LOGIN_PATH.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the body stays readable for the audit filter and for Camunda's login resource, which read it after us
        CachedBodyRequest cached = CachedBodyRequest.of(request);
        String userId = userName(cached.body());
        if (userId == null || userId.isBlank()) {
            chain.doFilter(cached, response);
            return;
        }
        Optional<Duration> locked = lockout.remainingLock(userId);
        if (locked.isPresent()) {
            refuse(response, LoginLockout.lockedMessage(locked.get()));
            return;
        }
        Optional<String> notNow = notWithThisPassword(userId);
        if (notNow.isPresent()) {
            refuseUnlessWrongPassword(cached, response, chain, userId, notNow.get());
            return;
        }
        chain.doFilter(cached, response);
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            lockout.recordSuccess(userId);
            HttpSession session = cached.getSession(false);
            LoginTimes.remember(session, session != null && EndedSessions.appUserOf(session).isPresent());
        } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            lockout.recordFailure(userId);
        }
    }

    /** Deactivated or deleted users, and a temporary password that must first be changed in the app. */
    private Optional<String> notWithThisPassword(String userId) {
        Optional<String> refused = userStatus.loginRefusal(userId);
        if (refused.isPresent() || !userStatus.mustChangePassword(userId)) {
            return refused;
        }
        return Optional.of("Change your temporary password in the case coordination app (Change password) first.");
    }

    /**
     * Only someone with the right password learns why they are refused; a wrong one goes to Camunda, which
     * answers 401 as usual, and counts as a failure.
     */
    private void refuseUnlessWrongPassword(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
            String userId, String reason) throws ServletException, IOException {
        String password = FormBodies.field(request.body(), "password").orElse("");
        if (passwords.matches(userId, password)) {
            lockout.recordSuccess(userId);
            refuse(response, reason);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            lockout.recordFailure(userId);
        }
    }

    /** The "username" field of the url-encoded login form; the password is left alone. */
    private static String userName(byte[] body) {
        return FormBodies.field(body, "username").orElse(null);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"LoginRefused\",\"message\":\"" + message + "\"}");
    }
}
