package org.casecoordination.processes.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that properties cannot express. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    ProcessEnginePlugin contractOnlyVariableHistoryPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setEnableDefaultDbHistoryEventHandler(false);
                configuration.setCustomHistoryEventHandlers(List.of(new ContractOnlyVariableHistory()));
            }
        };
    }
}
