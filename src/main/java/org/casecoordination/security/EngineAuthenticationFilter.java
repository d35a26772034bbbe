package org.casecoordination.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who the Spring-authenticated caller of /engine-rest is for the length of the request, so the
 * engine's authorization applies and history names the right person. Camunda's webapps under /camunda set their
 * own authentication.
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public EngineAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Only Camunda's REST API: there the engine's own authorization decides what a caller may read and do. The
     * app's pages and /api enforce the app's record rules themselves and call the engine as the application.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user.getName(), Groups.of(user.getAuthorities()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
