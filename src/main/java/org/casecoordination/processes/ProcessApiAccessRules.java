package org.casecoordination.processes;

import org.casecoordination.security.ApiAccessRules;
import org.casecoordination.security.ApiRequests;
import org.casecoordination.security.Groups;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Deploying and migrating process versions through the API is for analysts and administrators, never case workers;
 * who of them may deploy is {@link AnalystAccess}'s rule, on every path.
 */
@Component
@Order(20)
class ProcessApiAccessRules implements ApiAccessRules {

    @Override
    public void declare(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(ApiRequests.writes("/api/processes/**")).access(ApiRequests.members(
                "refusal.processes.api", Groups.ANALYSTS, Groups.ADMINS));
    }
}
