package org.casecoordination.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests people wait for in {@link RequestsInFlight}: everything but static files (served in well
 * under a millisecond and cached by browsers), health probes and {@link BackgroundCalls}.
 */
class RequestsInFlightFilter extends OncePerRequestFilter {

    /** The prefixes of {@link StaticResources} and the probes. */
    private static final List<String> NOT_COUNTED = List.of("/webjars/", "/css/", "/js/", "/vendor/",
            "/favicon.ico", "/actuator/");

    private final RequestsInFlight requests;
    private final List<BackgroundCalls> backgroundCalls;

    RequestsInFlightFilter(RequestsInFlight requests, List<BackgroundCalls> backgroundCalls) {
        this.requests = requests;
        this.backgroundCalls = backgroundCalls;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_COUNTED.stream().anyMatch(path::startsWith)
                || backgroundCalls.stream().anyMatch(calls -> calls.isBackgroundCall(path, request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (RequestsInFlight.Request counted = requests.begin()) {
            chain.doFilter(request, response);
        }
    }
}
