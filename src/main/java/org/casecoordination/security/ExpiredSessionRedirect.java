package org.casecoordination.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/**
 * After the idle timeout the next request of the page session carries a cookie whose session is gone. Whether that
 * request is a page (no longer logged in) or a form post (its CSRF token died with the session, which is no
 * forgery), the user lands on the login page that says the session expired, instead of a bare 403. A form post
 * without a token from a live session, or from no session at all, is still refused with 403.
 */
final class ExpiredSessionRedirect implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN_PAGE = "/login";
    static final String EXPIRED_LOGIN_PAGE = "/login?expired";

    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (sessionExpired(request)) {
            redirect.sendRedirect(request, response, EXPIRED_LOGIN_PAGE);
        } else {
            login.commence(request, response, e);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof MissingCsrfTokenException && sessionExpired(request)) {
            redirect.sendRedirect(request, response, EXPIRED_LOGIN_PAGE);
        } else {
            refuse.handle(request, response, e);
        }
    }

    private static boolean sessionExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }
}
