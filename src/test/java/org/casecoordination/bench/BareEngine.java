package org.casecoordination.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.casecoordination.processes.engine.EngineIndexes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The same diagrams and forms on a plain engine with minimal wiring: its own database of the benchmark's kind (an H2
 * file with the app's durability, WRITE_DELAY=0, or a database of its own on the same PostgreSQL), history level full, JSON variables through Spin (as the app), no listeners, no
 * case record, no Spring. The yardstick for the app's lifecycle throughput.
 */
final class BareEngine implements AutoCloseable {

    private final ProcessEngine engine;
    private final java.util.concurrent.atomic.AtomicLong referrals = new java.util.concurrent.atomic.AtomicLong();

    BareEngine(BenchDatabase database) throws Exception {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        database.freshForBareEngine(configuration);
        configuration.setProcessEngineName("bare-bench")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        // the least the diagram's expressions need: no instruments scored, nothing done with the decision
        configuration.setBeans(Map.of("latestResults", new NoResults(),
                "acuityDecided", (ExecutionListener) execution -> { },
                "lateTaskWithdrawal", (ExecutionListener) execution -> { },
                "slaDueDates", new PlainDueDates(),
                "lateTasks", new PlainDueDates.LateTasks(),
                "sendReferralDelegate", (JavaDelegate) execution -> execution.setVariable("referralSentAt", new Date()),
                "emailReferralDelegate", (JavaDelegate) execution -> { },
                "serviceLabelListener", (ExecutionListener) execution -> execution.setVariable("serviceLabel",
                        execution.getVariable("serviceType"))));
        engine = configuration.buildProcessEngine();
        // bench.bareEngineIndexes: the index the app adds to the engine's schema on the bare engine too, to see how
        // much of the ratio at scale is that index rather than the app's own work
        if (Boolean.getBoolean("bench.bareEngineIndexes")) {
            EngineIndexes.createOn(configuration.getDataSource());
        }
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

    /**
     * N open cases as the app's {@link Seeder} makes them (same share of cases per task, owner past intake), by
     * process instance modification, 100 per transaction: the bare engine's tables as full as the app's.
     */
    void seed(int count, List<String> teams) {
        Random random = new Random(43);
        CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        for (int done = 0; done < count; done += 100) {
            int size = Math.min(100, count - done);
            int first = done;
            commands.execute(commandContext -> {
                for (int i = 0; i < size; i++) {
                    String team = teams.get(random.nextInt(teams.size()));
                    String step = Seeder.step(random);
                    String caseNumber = "BARE-SEED-" + (first + i);
                    String owner = step.equals("Task_Intake") ? null : TaskListBenchmark.coordinator(team,
                            random.nextInt(TaskListBenchmark.COORDINATORS_PER_TEAM));
                    engine.getRuntimeService().createProcessInstanceByKey("CaseLifecycle").businessKey(caseNumber)
                            .setVariables(Seeder.startVariables(caseNumber, team, owner)).startBeforeActivity(step)
                            .execute();
                }
                return null;
            });
        }
    }

    CaseLifecycleRun lifecycles() {
        return new CaseLifecycleRun(engine.getTaskService(), engine.getManagementService()) {
            @Override
            StartedCase start(int number) {
                String caseNumber = "BARE-" + System.nanoTime();
                return new StartedCase(engine.getRuntimeService().startProcessInstanceByKey("CaseLifecycle",
                        caseNumber, Seeder.startVariables(caseNumber, "team-bench", null)).getId(), caseNumber);
            }

            @Override
            void complete(Task task, String step) {
                engine.getTaskService().complete(task.getId(), contractValues(step, "coordinator"));
            }

            @Override
            void arrange(String caseNumber) {
                long referralId = referrals.incrementAndGet();
                engine.getTaskService().complete(calledTask(caseNumber, "Task_SelectProvider").getId(),
                        Map.of("referralId", referralId));
                engine.getRuntimeService().createMessageCorrelation("ReferralAccepted")
                        .processInstanceBusinessKey(caseNumber).processInstanceVariableEquals("referralId", referralId)
                        .correlateAllWithResult();
                engine.getTaskService().complete(calledTask(caseNumber, "Task_ConfirmWithClient").getId());
            }
        };
    }

    /** What the acuity decision's input mappings read, for a case with no instrument given. */
    public static final class NoResults {
        public boolean safetyFlag(String caseNumber) { return false; }
        public Integer score(String caseNumber, String instrument) { return null; }
        public String band(String caseNumber, String instrument) { return null; }
        public Integer positiveDomains(String caseNumber, String instrument) { return null; }
        public int instrumentsGiven(String caseNumber) { return 0; }
    }

    @Override
    public void close() {
        engine.close();
    }
}
