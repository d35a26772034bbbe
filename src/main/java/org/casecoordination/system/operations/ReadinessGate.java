package org.casecoordination.system.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casecoordination.system.Words;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Ready means ready: the port opens before the start-up work (deploying processes/ and forms/, the engine's
 * grants, the demo users) has run, and a login in that window would be refused or, repeated by a script, lock the
 * user out. Until Spring Boot says the application accepts traffic (after every start-up runner, and again while it
 * shuts down), every request but the health probes gets 503 with Retry-After.
 */
class ReadinessGate extends OncePerRequestFilter {

    private static final String RETRY_SECONDS = "5";
    /** Not the application's ObjectMapper: this answers while the application may still be starting. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationAvailability availability;
    private final Words words;
    private final LocaleResolver languages;

    ReadinessGate(ApplicationAvailability availability, Words words, LocaleResolver languages) {
        this.availability = availability;
        this.words = words;
        this.languages = languages;
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
        // before Spring Security: no one is logged in yet, so this is the browser's language
        Locale language = languages.resolveLocale(request);
        if (path.startsWith("/api/") || path.startsWith("/engine-rest")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            Map<String, String> error = new LinkedHashMap<>();
            error.put("field", null);
            error.put("message", words.text(language, "operations.starting.api"));
            JSON.writeValue(response.getWriter(), Map.of("errors", List.of(error)));
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(words.text(language, "operations.starting.page"));
        }
    }
}
