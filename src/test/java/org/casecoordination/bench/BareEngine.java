package org.casecoordination.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The same diagrams and forms on a plain engine with minimal wiring: its own H2 file database with the app's
 * durability (WRITE_DELAY=0), history level full, JSON variables through Spin (as the app), no listeners, no
 * case record, no Spring. The yardstick for the app's lifecycle throughput.
 */
final class BareEngine implements AutoCloseable {

    private final ProcessEngine engine;

    BareEngine(Path directory) throws IOException {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-bench")
                .setJdbcUrl("jdbc:h2:file:" + directory.resolve("bare-engine").toAbsolutePath() + ";WRITE_DELAY=0")
                .setJdbcUsername("sa").setJdbcPassword("")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        deploy();
    }

    private void deploy() throws IOException {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bench");
        var resolver = new PathMatchingResourcePatternResolver();
        for (String folder : new String[] {"processes", "forms"}) {
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/*.*")) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(folder + "/" + resource.getFilename(), in); // read right away
                }
            }
        }
        deployment.deploy();
    }

    CaseLifecycleRun lifecycles() {
        return new CaseLifecycleRun(engine.getTaskService(), engine.getManagementService()) {
            @Override
            String start(int number) {
                String caseNumber = "BARE-" + System.nanoTime();
                return engine.getRuntimeService().startProcessInstanceByKey("CaseLifecycle", caseNumber, Map.of(
                        "caseNumber", caseNumber, "team", "team-bench", "followUpInterval", "P30D")).getId();
            }

            @Override
            void complete(Task task, String step) {
                engine.getTaskService().complete(task.getId(), contractValues(step, "coordinator"));
            }
        };
    }

    @Override
    public void close() {
        engine.close();
    }
}
