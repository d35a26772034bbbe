package org.casecoordination.security.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the request at hand for Spring Security's login events, which carry no request. Spring's own
 * RequestContextHolder is filled too late for them here: with Jersey on board (/engine-rest) its filter runs after
 * Spring Security. Registered just before Spring Security.
 */
class RequestInFlight extends OncePerRequestFilter {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    static Optional<HttpServletRequest> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest outer = CURRENT.get();
        CURRENT.set(request);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
