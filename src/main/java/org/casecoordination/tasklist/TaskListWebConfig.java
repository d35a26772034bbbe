package org.casecoordination.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class TaskListWebConfig {

    /** Last in line, after Spring Security and Camunda's webapp authentication have identified the caller. */
    @Bean
    FilterRegistrationBean<EngineRestCompletionFilter> engineRestCompletionFilter(TaskService taskService,
            TaskFormCheck formCheck, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new EngineRestCompletionFilter(taskService, formCheck, json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
