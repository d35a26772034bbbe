package org.casecoordination.system.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ready means ready: the port opens before the start-up work (deploying processes/ and forms/, the engine's
 * grants, the demo users) has run, and a login in that window would be refused or, repeated by a script, lock the
 * user out. Until Spring Boot says the application accepts traffic (after every start-up runner, and again while it
 * shuts down), every request but the health probes gets 503 with Retry-After.
 */
class ReadinessGate extends OncePerRequestFilter {

    private static final String RETRY_SECONDS = "5";

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_SECONDS);
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":"
                    + "\"The application is starting or stopping; try again in a few seconds.\"}]}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("Case coordination is starting or stopping; try again in a few seconds.");
        }
    }
}
