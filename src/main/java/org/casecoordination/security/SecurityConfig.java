package org.casecoordination.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.security.login.PasswordChangeRequired;
import org.casecoordination.security.login.UserStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four doors, each locked its own way: integrations (/api, /engine-rest) with HTTP Basic and no session;
 * actuator endpoints, health for anyone and the rest for administrators; Camunda's webapps with their own login;
 * this app's pages with a login form, CSRF tokens and a strict Content-Security-Policy. Camunda's REST API is open
 * to anonymous callers out of the box; here it is not.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Matches the whole path, whichever servlet serves it. Plain string patterns are read as Spring MVC paths and
     * silently miss /engine-rest/** and /camunda/**, which Jersey and Camunda's webapp servlets serve.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Before any engine API sees the request, whoever the caller is. */
    @Bean
    FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard(ObjectMapper json, MessageSource messages,
            LocaleResolver languages) {
        var registration = new FilterRegistrationBean<>(new ExpressionQueryGuard(json, messages, languages));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain integrations(HttpSecurity http, IdentityService identityService, UserStatus userStatus,
            ObjectProvider<ApiAccessRules> apiRules, ObjectMapper json, MessageSource messages,
            LocaleResolver languages) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(new CrossSiteBrowserRequest()).denyAll()
                            // checks any user's password without the login lockout: administrators only
                            .requestMatchers(path("/engine-rest/identity/verify"))
                            .hasAuthority(Groups.authority(Groups.ADMINS))
                            // passwords change at /account/password, where the app's password rules apply
                            .requestMatchers(path("/engine-rest/user/{id}/credentials"),
                                    path("/engine-rest/engine/{engine}/user/{id}/credentials"))
                            .hasAuthority(Groups.authority(Groups.ADMINS));
                    apiRules.orderedStream().forEach(rules -> rules.declare(auth));
                    auth.requestMatchers(ApiRequests.writes("/api/**")).access(ApiRequests.CASE_WORK)
                            .anyRequest().authenticated();
                })
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        refuse(response, json, messages, languages.resolveLocale(request), e)))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    // a browser that never sees the challenge never caches Basic credentials for these paths, so
                    // it cannot attach them to another site's request (see CrossSiteBrowserRequest)
                    if (!CrossSiteBrowserRequest.isBrowser(request)) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"case-coordination\"");
                    }
                    writeError(response, json, messages.getMessage("errors.logIn", null,
                            languages.resolveLocale(request)));
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no browser session, so no cross-site request forgery to defend against
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(PasswordChangeRequired.forApi(userStatus, messages, languages), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    /** The API's error body, with the reason a rule gave ({@link ApiRequests.Refusal}). */
    private static void refuse(HttpServletResponse response, ObjectMapper json, MessageSource messages,
            java.util.Locale language, AccessDeniedException e) throws IOException {
        ApiRequests.Refusal refusal = e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof ApiRequests.Refusal given ? given : null;
        String because = refusal != null
                ? messages.getMessage(refusal.because(), refusal.arguments(), language)
                : messages.getMessage("errors.mayNotDoThis", null, language);
        response.setStatus(refusal != null && refusal.notFound() ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_FORBIDDEN);
        writeError(response, json, because);
    }

    /** The API's one error shape, for a person to read. */
    private static void writeError(HttpServletResponse response, ObjectMapper json, String message)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", null);
        error.put("message", message);
        json.writeValue(response.getWriter(), Map.of("errors", List.of(error)));
    }

    /**
     * Load balancers and probes ask /actuator/health without credentials and get the status only; details and
     * every other endpoint need an administrator. Which endpoints exist at all is set in application.yml.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAuthority(Groups.authority(Groups.ADMINS)))
                .httpBasic(basic -> basic.realmName("case-coordination"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        // advisory against 7.24.0: the setup endpoint can create an admin; users come from the app
                        .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                // Camunda's webapps bring their own session login and CSRF protection
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * CSRF protection is Spring Security's default here: every form post, the login form included, needs the
     * session's token. HSTS is a default too, sent on HTTPS requests only; the session cookie's Secure flag follows
     * the request the same way (Tomcat sets it on a secure request, see application.yml on forwarded headers).
     */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, ServerProperties server, UserStatus userStatus)
            throws Exception {
        ExpiredSessionRedirect expiredSession = new ExpiredSessionRedirect();
        String sessionCookie = Objects.requireNonNullElse(server.getServlet().getSession().getCookie().getName(),
                "JSESSIONID");
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(ExpiredSessionRedirect.LOGIN_PAGE).defaultSuccessUrl("/", false)
                        .permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(expiredSession)
                        .accessDeniedHandler(expiredSession))
                // the old cookie would otherwise make the next visit look like an expired session
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies(sessionCookie).permitAll())
                .addFilterBefore(PasswordChangeRequired.forPages(userStatus), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.FOR_PAGES))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
