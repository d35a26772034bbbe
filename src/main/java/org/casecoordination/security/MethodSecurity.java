package org.casecoordination.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security for the rules a request's path cannot carry (a team named in a parameter, see
 * {@link SupervisorOfTeam}). Who may use a page is {@link AllowedGroups}; who may write through the API is
 * {@link ApiAccessRules}: both are decided before the request's body is read, which method security cannot do.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurity {
}
