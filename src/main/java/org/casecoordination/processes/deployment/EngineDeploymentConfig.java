package org.casecoordination.processes.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.casecoordination.security.AsApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class EngineDeploymentConfig {

    /**
     * After Spring Security has authenticated the caller of /engine-rest (and refused anonymous and forged
     * cross-site ones), before Jersey; on /camunda/api/engine the filter reads Camunda's webapp session itself.
     */
    @Bean
    FilterRegistrationBean<EngineDeploymentFilter> engineDeploymentFilter(ProcessDeployments deployments,
            RepositoryService repositoryService, AsApplication asApplication, ObjectMapper json,
            ProcessEngine processEngine, MessageSource messages, LocaleResolver languages) {
        var registration = new FilterRegistrationBean<>(new EngineDeploymentFilter(deployments, repositoryService,
                asApplication, json, processEngine.getName(), messages, languages));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }
}
