package org.casecoordination.system.operations;

import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The compaction of the H2 file when the application stops ({@link H2CompactOnStop}), destroyed after every data
 * source: each data source is made to depend on it, and Spring destroys a bean's dependencies after the bean.
 */
@Configuration(proxyBeanMethods = false)
class H2CompactOnStopConfiguration {

    static final String BEAN = "h2CompactOnStop";

    @Bean(BEAN)
    @ConditionalOnProperty(name = "case-coordination.file-compaction.on-stop", havingValue = "true",
            matchIfMissing = true)
    H2CompactOnStop h2CompactOnStop(DataSourceProperties dataSource, H2CompactionProperties settings) {
        return new H2CompactOnStop(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword(), settings.onStopLimit());
    }

    @Bean
    static BeanFactoryPostProcessor compactAfterTheDataSources() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition(BEAN)) {
                return;
            }
            for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                if (beanFactory.containsBeanDefinition(name)) {
                    var definition = beanFactory.getBeanDefinition(name);
                    String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                    if (!Arrays.asList(dependsOn).contains(BEAN)) {
                        definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(BEAN))
                                .toArray(String[]::new));
                    }
                }
            }
        };
    }
}
