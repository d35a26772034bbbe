package org.casecoordination.processes.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run-time half of the guard: whatever reached the engine's database, its expressions resolve only the
 * listed beans and the allowed methods per type, scripts have no engine, and a definition changed in the
 * database below every deployment check does not load.
 */
@ApplicationTest
class ExpressionGuardTests {

    private static final String BUSINESS_KEY = "CC-GUARD-000001";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private String deploymentId;

    @AfterEach
    void removeDeployment() {
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"${''.getClass().forName('java.lang.Runtime')}", "${''.class}",
            "${execution.getProcessEngineServices().getRuntimeService()}", "${execution.processEngineServices}",
            "${caseRepository.count()}", "${slaDueDates.toString()}", "${slaDueDates.class}",
            "${note.getBytes()}", "${note.bytes}", "${execution.setVariable('owner', 'mallory')}",
            "${execution.getVariable('note').getClass()}"})
    void anExpressionBeyondTheListIsRefusedWhenItRuns(String expression) {
        String instance = waitingInstance();
        Throwable refused = catchThrowable(() -> evaluate(instance, expression));
        assertThat(refused).hasCauseInstanceOf(DiagramCodeRefused.class) // wrapped by the engine's expression
                .hasMessageContaining("element Task_Wait").hasMessageContaining("definition GuardTest:");
        assertThat(runtimeService.getVariable(instance, "owner")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${slaDueDates.closure()}", "${execution.processBusinessKey}",
            "${execution.getVariable('note').length()}", "${note.toUpperCase()}", "${list.size()}", "${list[0]}",
            "${dateTime().plusDays(1).toDate()}", "${teamSupervisors.of('team-north')}"})
    void whatDiagramsUseStillRuns(String expression) {
        String instance = waitingInstance();
        assertThat(catchThrowable(() -> evaluate(instance, expression))).isNull();
    }

    @Test
    void aRefusalIsAuditedInItsOwnTransactionAndTheJobEndsAsAnIncident() {
        deploy(Bpmn.createExecutableProcess("GuardTestJob").camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("Task_ReadNote").camundaAsyncBefore().camundaExpression("${note.bytes}")
                .endEvent().done());
        long audited = auditedRefusals();
        String instance = runtimeService.startProcessInstanceByKey("GuardTestJob", BUSINESS_KEY,
                Map.of("note", "hello")).getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(catchThrowable(() -> managementService.executeJob(job.getId())))
                    .hasCauseInstanceOf(DiagramCodeRefused.class).hasMessageContaining("it reads bytes of a value");
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).list())
                .singleElement().satisfies(incident -> {
                    assertThat(incident.getActivityId()).isEqualTo("Task_ReadNote");
                    assertThat(incident.getIncidentMessage()).contains("Refused: definition GuardTestJob:");
                });
        assertThat(auditedRefusals()).isEqualTo(audited + 3);
    }

    /** Deployed clean, then changed in the database: the reload refuses it before anything runs. */
    @Test
    void aDefinitionChangedInTheDatabaseBelowTheChecksDoesNotLoad() {
        deploy(Bpmn.createExecutableProcess("GuardTestTimer").camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("Task_Remind").camundaExpression("${slaDueDates.closure()}").endEvent().done());
        String changed = new String(jdbc.queryForObject("select BYTES_ from ACT_GE_BYTEARRAY where DEPLOYMENT_ID_ = ?",
                byte[].class, deploymentId), StandardCharsets.UTF_8)
                .replace("${slaDueDates.closure()}", "${''.getClass().forName('java.lang.Runtime')}");
        jdbc.update("update ACT_GE_BYTEARRAY set BYTES_ = ? where DEPLOYMENT_ID_ = ?",
                changed.getBytes(StandardCharsets.UTF_8), deploymentId);
        configuration().getDeploymentCache().discardProcessDefinitionCache();

        assertThat(catchThrowable(() -> runtimeService.startProcessInstanceByKey("GuardTestTimer")))
                .isInstanceOf(DiagramCodeRefused.class).hasMessageContaining("Task_Remind")
                .hasMessageContaining("forName");
    }

    @Test
    void scriptsHaveNoEngineInAnyLanguage() {
        String instance = waitingInstance();
        for (String language : new String[] {"juel", "groovy", "javascript"}) {
            Throwable refused = catchThrowable(() -> configuration().getCommandExecutorTxRequired().execute(
                    context -> configuration().getScriptingEngines().getScriptEngineForLanguage(language)));
            assertThat(refused).as(language).isInstanceOf(DiagramCodeRefused.class);
        }
        assertThat(instance).isNotNull();
    }

    private String waitingInstance() {
        deploy(Bpmn.createExecutableProcess("GuardTest").camundaHistoryTimeToLive(1).startEvent()
                .receiveTask("Task_Wait").endEvent().done());
        return runtimeService.startProcessInstanceByKey("GuardTest", BUSINESS_KEY,
                Map.of("note", "hello", "list", java.util.List.of("a", "b"))).getId();
    }

    private void deploy(BpmnModelInstance model) {
        deploymentId = repositoryService.createDeployment().name("guard-test")
                .addModelInstance("guard-test.bpmn", model).deploy().getId();
    }

    private Object evaluate(String instance, String expression) {
        ProcessEngineConfigurationImpl configuration = configuration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance);
            ExecutionEntity waiting = execution.getExecutions().isEmpty() ? execution : execution.getExecutions().get(0);
            return configuration.getExpressionManager().createExpression(expression).getValue(waiting);
        });
    }

    private long auditedRefusals() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'DIAGRAM_CODE_REFUSED'"
                + " and case_number = ?", Long.class, BUSINESS_KEY);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
