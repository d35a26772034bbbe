package org.casecoordination.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.arrangement.ProviderPrincipal;
import org.casecoordination.arrangement.ProviderTokens;
import org.casecoordination.security.CrossSiteBrowserRequest;
import org.casecoordination.security.EngineAuthenticationFilter;
import org.casecoordination.security.PasswordChangeFirst;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The FHIR door: staff by HTTP Basic or the session they logged in with on the pages, providers' systems by their
 * bearer token; the capability statement for anyone (FHIR clients read it before they log in). Staff only read;
 * a provider may also change its own referrals' Tasks. Refusals are OperationOutcomes.
 */
@Configuration(proxyBeanMethods = false)
class FhirSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain fhirApi(HttpSecurity http, ProviderTokens tokens, IdentityService identityService,
            FhirContext fhir, Words words, LocaleResolver languages, PasswordChangeFirst passwordChangeFirst)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(paths.matcher("/fhir/**"))
                .authorizeHttpRequests(auth -> auth
                        // a browser page of another site must not ride on a logged-in coordinator's session
                        .requestMatchers(new CrossSiteBrowserRequest()).denyAll()
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/fhir/metadata")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.PUT, "/fhir/Task/*"))
                        .hasAuthority(ProviderPrincipal.AUTHORITY)
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/fhir/**")).authenticated()
                        // cancelling one's bulk export (ExportController decides whose it is)
                        .requestMatchers(paths.matcher(HttpMethod.DELETE, "/fhir/$export-status/*")).authenticated()
                        .anyRequest().denyAll())
                .addFilterBefore(tokens.authenticationFilter(), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (!CrossSiteBrowserRequest.isBrowser(request)) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"case-coordination\"");
                    }
                    OperationOutcomes.write(fhir, response, HttpServletResponse.SC_UNAUTHORIZED, IssueType.LOGIN,
                            words.text(languages.resolveLocale(request), "fhir.refusal.logIn"));
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        OperationOutcomes.write(fhir, response, HttpServletResponse.SC_FORBIDDEN,
                                IssueType.FORBIDDEN,
                                words.text(languages.resolveLocale(request), "fhir.refusal.mayNotDoThis"))))
                // reads the session a coordinator logged in with on the pages, never makes one
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // staff only read here; the one write (a provider's Task) needs a bearer token, which a browser
                // never sends on its own
                .csrf(csrf -> csrf.disable())
                // as on every other door: a temporary password is changed on the pages before anything else
                .addFilterBefore(passwordChangeFirst.filter((request, response, messageKey) ->
                        OperationOutcomes.write(fhir, response, HttpServletResponse.SC_FORBIDDEN,
                                IssueType.FORBIDDEN, words.text(languages.resolveLocale(request), messageKey))),
                        AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }
}
