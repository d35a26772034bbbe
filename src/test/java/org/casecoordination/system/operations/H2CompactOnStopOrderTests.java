package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The compaction at the stop runs after the connection pool has closed: the data source depends on it, so Spring
 * destroys the data source (its pool) first. The tests' in-memory database itself is left alone.
 */
@ApplicationTest
class H2CompactOnStopOrderTests {

    @Autowired
    ConfigurableListableBeanFactory beanFactory;

    @Test
    void theDataSourceIsDestroyedBeforeTheFileIsCompacted() {
        assertThat(beanFactory.getBeanDefinition("dataSource").getDependsOn())
                .contains(H2CompactOnStopConfiguration.BEAN);
        assertThat(beanFactory.getBean(H2CompactOnStopConfiguration.BEAN)).isInstanceOf(H2CompactOnStop.class);
    }
}
