package org.casecoordination.casefile;

import org.casecoordination.security.ApiAccessRules;
import org.casecoordination.security.ApiRequests;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Writes under a case ({@code /api/cases/{caseNumber}/...}) need the case's access ({@link CaseAccess}: its team,
 * or an administrator's emergency access); an unknown case number is 404. Both before the body is read. The
 * services check again.
 */
@Component
@Order(10)
class CaseApiAccessRules implements ApiAccessRules {

    private final CaseRepository cases;
    private final CaseAccess access;

    CaseApiAccessRules(CaseRepository cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public void declare(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(ApiRequests.writes("/api/cases/{caseNumber}/**"))
                .access(ApiRequests.rule((caller, context) -> {
                    String caseNumber = context.getVariables().get("caseNumber");
                    return cases.findByCaseNumber(caseNumber)
                            .map(careCase -> ApiRequests.decision(access.canSee(careCase),
                                    "errors.caseOfOtherTeam"))
                            .orElseGet(() -> ApiRequests.notFound("errors.caseNotFound", caseNumber));
                }));
    }
}
