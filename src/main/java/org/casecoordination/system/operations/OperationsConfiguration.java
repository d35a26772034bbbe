package org.casecoordination.system.operations;

import org.casecoordination.system.Words;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** What operators and probes rely on: the readiness gate in front of everything else. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(ApplicationAvailability availability, Words words,
            LocaleResolver languages) {
        var registration = new FilterRegistrationBean<>(new ReadinessGate(availability, words, languages));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
