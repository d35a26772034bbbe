package org.casecoordination.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The unsubscribe page's door: open to anyone holding a link, since the person who unsubscribes has no account.
 * The random token in the path is the proof; it opens no record. No CSRF token, because mail programs post the
 * one-click unsubscribe (RFC 8058) without one; no session.
 */
@Configuration(proxyBeanMethods = false)
class EmailUnsubscribeSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain unsubscribeChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(EmailUnsubscribe.PATH + "**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // the pages' own policy (security.ContentSecurityPolicy), and no Referer: the token is in the URL
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
