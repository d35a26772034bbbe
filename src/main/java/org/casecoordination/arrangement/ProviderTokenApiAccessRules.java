package org.casecoordination.arrangement;

import org.casecoordination.security.ApiAccessRules;
import org.casecoordination.security.ApiRequests;
import org.casecoordination.security.Groups;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** A provider's API token is an administrator's business, not a coordinator's. */
@Component
@Order(30)
class ProviderTokenApiAccessRules implements ApiAccessRules {

    /** A message key, answered in the request's language. */
    static final String ADMINS_ONLY = "refusal.providerTokens.adminsOnly";

    @Override
    public void declare(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(ApiRequests.writes("/api/providers/*/tokens"))
                .access(ApiRequests.members(ADMINS_ONLY, Groups.ADMINS));
    }
}
