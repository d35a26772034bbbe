package org.casecoordination.casefile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authorization before validation on the JSON API's writes: a caller who may not write there gets 403 whatever the
 * body, never a 400 that describes what a valid request would look like. An interceptor runs after the handler is
 * chosen and before its arguments are read and validated ({@code @Valid @RequestBody}); method security would run
 * after. Writes under a case ({@code /api/cases/{caseNumber}/...}) need the case's access ({@link CaseAccess},
 * which also admits an administrator's emergency access); every other write (a new referral, task actions) needs
 * a coordinator or supervisor. The services check again.
 */
@Configuration(proxyBeanMethods = false)
class ApiWriteAccess implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final CaseRepository cases;
    private final CaseAccess access;
    private final CurrentUser currentUser;

    ApiWriteAccess(CaseRepository cases, CaseAccess access, CurrentUser currentUser) {
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**")
                // providers' systems (their own token chain, arrangement.ProviderApiSecurity) and administrators
                // (provider tokens: the controller checks the role) are no coordinators
                .excludePathPatterns("/api/provider/**", "/api/referrals/*/response", "/api/referrals/*/delivery",
                        "/api/providers/*/tokens");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (READS.contains(request.getMethod())) {
            return true;
        }
        String caseNumber = pathVariables(request).get("caseNumber");
        if (caseNumber != null) {
            CareCase careCase = cases.findByCaseNumber(caseNumber)
                    .orElseThrow(() -> new CaseNotFoundException(caseNumber));
            access.checkCanSee(careCase);
            return true;
        }
        if (String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
                .startsWith("/api/processes/")) {
            // deploying and migrating process versions is for analysts and administrators, never case workers
            if (!currentUser.groups().contains(Groups.ANALYSTS) && !currentUser.groups().contains(Groups.ADMINS)) {
                throw new AccessDeniedException("Only process analysts and administrators deploy processes.");
            }
            return true;
        }
        if (!currentUser.groups().contains(Groups.COORDINATORS) && !currentUser.groups().contains(Groups.SUPERVISORS)) {
            throw new AccessDeniedException("Only coordinators and supervisors change records through the API.");
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
