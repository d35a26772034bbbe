package org.casecoordination.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A user whose password an administrator set (new user, reset) must choose their own before doing anything else:
 * on the pages every request leads to the change page until it is done; HTTP Basic callers of /api and
 * /engine-rest are refused with a message. Runs after the login is known, before authorization.
 */
public final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String MESSAGE = "Change your temporary password at /account/password first.";

    /** What a user with a temporary password may still reach on the pages. */
    private static final Set<String> OPEN_PAGES = Set.of(PasswordChangeController.PATH, "/logout", "/login",
            "/error", "/favicon.ico");
    private static final Set<String> OPEN_PREFIXES = Set.of("/webjars/", "/css/", "/js/");

    private final UserStatus userStatus;
    private final boolean pages;

    private PasswordChangeRequired(UserStatus userStatus, boolean pages) {
        this.userStatus = userStatus;
        this.pages = pages;
    }

    public static PasswordChangeRequired forPages(UserStatus userStatus) {
        return new PasswordChangeRequired(userStatus, true);
    }

    public static PasswordChangeRequired forApi(UserStatus userStatus) {
        return new PasswordChangeRequired(userStatus, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
                || isOpen(new UrlPathHelper().getPathWithinApplication(request))
                || !userStatus.mustChangePassword(user.getName())) {
            chain.doFilter(request, response);
            return;
        }
        if (pages) {
            response.sendRedirect(request.getContextPath() + PasswordChangeController.PATH);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\"" + MESSAGE + "\"}]}");
    }

    private boolean isOpen(String path) {
        return pages && (OPEN_PAGES.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith));
    }
}
