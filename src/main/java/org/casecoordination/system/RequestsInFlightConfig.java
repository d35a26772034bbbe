package org.casecoordination.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The count of people's requests, taken around everything (logins' password checks included). */
@Configuration(proxyBeanMethods = false)
class RequestsInFlightConfig {

    @Bean
    FilterRegistrationBean<RequestsInFlightFilter> requestsInFlightFilter(RequestsInFlight requests,
            ObjectProvider<BackgroundCalls> backgroundCalls) {
        var registration = new FilterRegistrationBean<>(new RequestsInFlightFilter(requests,
                backgroundCalls.orderedStream().toList()));
        registration.addUrlPatterns("/*");
        // just after the readiness gate, before Spring Security: a login's password check is work a person waits for
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
