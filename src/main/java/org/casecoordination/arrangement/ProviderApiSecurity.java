package org.casecoordination.arrangement;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The providers' door: their inbox, their answers and the delivery they record, authenticated by a provider's bearer token only (no user
 * passwords, no session). Ordered before the integrations chain, which would otherwise take these /api paths.
 */
@Configuration(proxyBeanMethods = false)
class ProviderApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain providerApi(HttpSecurity http, ProviderTokens tokens) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new OrRequestMatcher(paths.matcher("/api/provider/**"),
                        paths.matcher("/api/referrals/*/response"), paths.matcher("/api/referrals/*/delivery")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(ProviderPrincipal.AUTHORITY))
                .addFilterBefore(new ProviderTokenFilter(tokens), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> json(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Send a valid provider token: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, e) -> json(response,
                                HttpServletResponse.SC_FORBIDDEN, "This is for providers' tokens only.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a bearer token is not sent by browsers on their own: no cross-site request forgery
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static void json(HttpServletResponse response, int status, String message) throws java.io.IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"case-coordination\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\"" + message + "\"}]}");
    }
}
