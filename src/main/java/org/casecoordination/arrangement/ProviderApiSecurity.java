package org.casecoordination.arrangement;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.system.Words;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The providers' door: their inbox, their answers and the delivery they record, authenticated by a provider's bearer token only (no user
 * passwords, no session). Ordered before the integrations chain, which would otherwise take these /api paths.
 */
@Configuration(proxyBeanMethods = false)
class ProviderApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain providerApi(HttpSecurity http, ProviderTokens tokens, Words words, LocaleResolver languages,
            ObjectMapper json) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new OrRequestMatcher(paths.matcher("/api/provider/**"),
                        paths.matcher("/api/referrals/*/response"), paths.matcher("/api/referrals/*/delivery")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(ProviderPrincipal.AUTHORITY))
                .addFilterBefore(new ProviderTokenFilter(tokens), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        // answered before Spring MVC: the language is the one a page would be in
                        .authenticationEntryPoint((request, response, e) -> refuse(response, json,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                words.text(languages.resolveLocale(request), "providerApi.refusal.token")))
                        .accessDeniedHandler((request, response, e) -> refuse(response, json,
                                HttpServletResponse.SC_FORBIDDEN,
                                words.text(languages.resolveLocale(request), "providerApi.refusal.providersOnly"))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a bearer token is not sent by browsers on their own: no cross-site request forgery
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static void refuse(HttpServletResponse response, ObjectMapper json, int status, String message)
            throws java.io.IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"case-coordination\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", null);
        error.put("message", message);
        json.writeValue(response.getWriter(), Map.of("errors", List.of(error)));
    }
}
