package org.casecoordination.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.casecoordination.system.CachedBodyRequest;
import org.casecoordination.system.EnginePath;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Camunda 7.24.0 has an advisory with no Community fix: expressions smuggled into task queries (for example inside
 * "orQueries") let an authenticated caller run code. Task and filter queries of the engine REST API and of the
 * webapps' engine API are refused when any parameter or JSON key names an expression ("...Expression").
 */
class ExpressionQueryGuard extends OncePerRequestFilter {

    /** Task and filter resources, after any of the engine API's prefixes ({@link EnginePath}). */
    private static final Pattern QUERY_PATHS = Pattern.compile("^/(?:task|filter)(?:/.*)?$");

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver languages;

    ExpressionQueryGuard(ObjectMapper json, MessageSource messages, LocaleResolver languages) {
        this.json = json;
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return EnginePath.of(request).filter(path -> path.matches(QUERY_PATHS)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean refused = request.getParameterMap().keySet().stream().anyMatch(ExpressionQueryGuard::namesExpression);
        HttpServletRequest forward = request;
        if (!refused && hasBody(request)) {
            CachedBodyRequest cached = CachedBodyRequest.of(request);
            refused = containsExpressionKey(readOrNull(cached.body()));
            forward = cached;
        }
        if (refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            Map<String, String> error = new LinkedHashMap<>();
            error.put("type", "InvalidRequestException"); // Camunda's shape, for its webapps and clients
            error.put("message", messages.getMessage("errors.expressionsInQueries", null,
                    languages.resolveLocale(request)));
            json.writeValue(response.getWriter(), error);
            return;
        }
        chain.doFilter(forward, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
    }

    private static boolean namesExpression(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static boolean containsExpressionKey(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                if (namesExpression(names.next())) {
                    return true;
                }
            }
        }
        for (JsonNode child : node) {
            if (containsExpressionKey(child)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode readOrNull(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            return null; // not JSON: the engine API refuses it on its own
        }
    }
}
