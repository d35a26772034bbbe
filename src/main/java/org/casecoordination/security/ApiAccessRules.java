package org.casecoordination.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for the JSON API, declared beside its records and applied by Spring Security's request
 * authorization before any controller reads the request: a caller who may not write there gets 403 whatever the
 * body, never a 400 that describes what a valid request would look like. Rules are tried in {@code @Order}; after
 * all of them every other write needs a coordinator or supervisor ({@link ApiRequests#CASE_WORK}).
 */
public interface ApiAccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
