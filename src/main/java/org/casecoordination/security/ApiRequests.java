package org.casecoordination.security;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The building blocks of {@link ApiAccessRules}: which requests, and a decision that says why it refuses. */
public final class ApiRequests {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** The default for writes no module declared: case work is for coordinators and supervisors. */
    static final AuthorizationManager<RequestAuthorizationContext> CASE_WORK = members(
            "refusal.api.caseWork", Groups.COORDINATORS,
            Groups.SUPERVISORS);

    /** POST, PUT, PATCH and DELETE on the path pattern, e.g. {@code /api/cases/{caseNumber}/**}. */
    public static RequestMatcher writes(String pathPattern) {
        return new AndRequestMatcher(request -> !READS.contains(request.getMethod()),
                PathPatternRequestMatcher.withDefaults().matcher(pathPattern));
    }

    /**
     * Members of at least one of the groups; anyone else is refused with {@code because}, a message key (the
     * caller reads it in the request's language).
     */
    public static AuthorizationManager<RequestAuthorizationContext> members(String because, String... groups) {
        Set<String> authorities = Set.copyOf(Arrays.stream(groups).map(Groups::authority).toList());
        return decide(because, authentication -> authentication.getAuthorities().stream()
                .anyMatch(granted -> authorities.contains(granted.getAuthority())));
    }

    /** A rule on the caller alone. */
    public static AuthorizationManager<RequestAuthorizationContext> decide(String because,
            Predicate<Authentication> allowed) {
        return rule((authentication, context) -> decision(allowed.test(authentication), because));
    }

    /**
     * A rule for logged-in callers; anyone else is asked to log in (401), whatever the rule would say. A rule
     * answers with {@link #decision}, or {@link #notFound} for a record that does not exist.
     */
    public static AuthorizationManager<RequestAuthorizationContext> rule(
            java.util.function.BiFunction<Authentication, RequestAuthorizationContext, AuthorizationDecision> rule) {
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
                return new AuthorizationDecision(false);
            }
            return rule.apply(caller, context);
        };
    }

    /** Granted, or refused with the message key {@code because} and its arguments. */
    public static AuthorizationDecision decision(boolean granted, String because, Object... arguments) {
        return granted ? new AuthorizationDecision(true) : new Refusal(because, arguments, false);
    }

    /** The request names a record that does not exist: 404, before the body is read; a message key. */
    public static AuthorizationDecision notFound(String message, Object... arguments) {
        return new Refusal(message, arguments, true);
    }

    /** A refusal with its reason, which the API's 403 body carries. */
    public static final class Refusal extends AuthorizationDecision {

        private final String because;
        private final Object[] arguments;
        private final boolean notFound;

        Refusal(String because, Object[] arguments, boolean notFound) {
            super(false);
            this.because = because;
            this.arguments = arguments.clone();
            this.notFound = notFound;
        }

        /** The message key of the reason. */
        public String because() {
            return because;
        }

        public Object[] arguments() {
            return arguments.clone();
        }

        /** The record does not exist: said as 404, as the endpoint itself would. */
        public boolean notFound() {
            return notFound;
        }
    }

    private ApiRequests() {
    }
}
