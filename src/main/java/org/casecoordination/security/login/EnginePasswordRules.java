package org.casecoordination.security.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.system.CachedBodyRequest;
import org.casecoordination.system.EnginePath;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's own password doors keep the app's {@link NewPasswordRules}: creating a user and setting a password
 * through the engine REST API, and the same API as Camunda's webapps call it (Admin's user pages, Tasklist's
 * "change password"). Camunda checks nothing but its whitelist pattern there. A new password that breaks a rule is
 * answered 400 in Camunda's error shape, with the rule's words; nothing is saved.
 */
class EnginePasswordRules extends OncePerRequestFilter {

    private static final Pattern CREATE = Pattern.compile("^/user/create/?$");
    private static final Pattern CREDENTIALS = Pattern.compile("^/user/([^/]+)/credentials/?$");

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver languages;

    EnginePasswordRules(ObjectMapper json, MessageSource messages, LocaleResolver languages) {
        this.messages = messages;
        this.languages = languages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Optional<EnginePath> path = EnginePath.of(request);
        return path.isEmpty() || !("POST".equals(request.getMethod()) && path.get().matches(CREATE)
                || "PUT".equals(request.getMethod()) && path.get().matches(CREDENTIALS));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EnginePath path = EnginePath.of(request).orElseThrow();
        CachedBodyRequest cached = CachedBodyRequest.of(request);
        JsonNode body = readOrNull(cached.body());
        Optional<MessageSourceResolvable> problem = Optional.empty();
        if (body != null && path.matches(CREATE)) {
            JsonNode password = body.path("credentials").path("password");
            if (!password.isMissingNode() && !password.isNull()) {
                problem = NewPasswordRules.problem(body.path("profile").path("id").asText(null), password.asText());
            }
        } else if (body != null) {
            Matcher credentials = path.matcher(CREDENTIALS);
            credentials.matches();
            problem = NewPasswordRules.problem(credentials.group(1), body.path("password").asText(null));
        }
        if (problem.isEmpty()) {
            chain.doFilter(cached, response); // malformed JSON too: Camunda answers that its own way
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(),
                Map.of("type", "InvalidRequestException", "message",
                        messages.getMessage(problem.get(), languages.resolveLocale(request))));
    }

    private JsonNode readOrNull(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
