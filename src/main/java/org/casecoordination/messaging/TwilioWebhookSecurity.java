package org.casecoordination.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.system.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Twilio's door: its status callbacks and inbound texts, let in by their signature only ({@link
 * TwilioSignatureFilter}): no user, no session, no CSRF token (Twilio has none to send). A missing or wrong signature
 * is a 403 and nothing changes. Ordered before the integrations chain, which would otherwise take these /api paths.
 */
@Configuration(proxyBeanMethods = false)
class TwilioWebhookSecurity {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioWebhookSecurity.class);

    @Bean
    @Order(0)
    SecurityFilterChain twilioWebhookChain(HttpSecurity http, TwilioSettings settings, Words words,
            LocaleResolver languages, ObjectMapper json) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/sms/twilio/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(TwilioSignatureFilter.AUTHORITY))
                .addFilterBefore(new TwilioSignatureFilter(settings), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        // a request without a valid signature is refused, not asked to log in
                        .authenticationEntryPoint((request, response, e) -> refuse(request, response, json,
                                words.text(languages.resolveLocale(request), "smsWebhook.refusal.signature")))
                        .accessDeniedHandler((request, response, e) -> refuse(request, response, json,
                                words.text(languages.resolveLocale(request), "smsWebhook.refusal.signature"))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Twilio posts forms from its servers: the signature, not a token in a page, proves the sender
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
            String message) throws IOException {
        LOG.warn("Refused {} from {}: no valid {}", request.getRequestURI(), request.getRemoteAddr(),
                TwilioSignatureFilter.HEADER);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", null);
        error.put("message", message);
        json.writeValue(response.getWriter(), Map.of("errors", List.of(error)));
    }
}
