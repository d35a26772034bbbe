package org.casecoordination.security.audit;

import org.casecoordination.system.Words;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The audit log's filters, right after Spring Security so the caller is known (with the request kept at hand just
 * before it, for the login events), and its daily cleanup.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfig {

    static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    FilterRegistrationBean<RequestInFlight> requestInFlight() {
        var registration = new FilterRegistrationBean<>(new RequestInFlight());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RecordAccessAuditFilter> recordAccessAuditFilter(AuditLog auditLog, RecordLookup lookup,
            Words words, LocaleResolver languages) {
        var registration = new FilterRegistrationBean<>(new RecordAccessAuditFilter(auditLog, lookup, words,
                languages));
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CamundaWebappLoginAuditFilter> camundaWebappLoginAuditFilter(AuditLog auditLog) {
        var registration = new FilterRegistrationBean<>(new CamundaWebappLoginAuditFilter(auditLog));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    BasicLogins basicLogins(AuditProperties properties) {
        return new BasicLogins(properties.basicLoginInterval());
    }
}
