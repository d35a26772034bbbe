package org.casecoordination.security.audit;

import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.casecoordination.security.AsApplication;
import org.springframework.stereotype.Component;

/**
 * Finds the case a task or process instance belongs to: its process instance's business key. A completed task
 * or ended case is still found in the engine's history. The lookup runs without the caller's engine
 * authentication, so it ignores the engine's authorization: a refused look at another team's task is exactly
 * what a reviewer needs to see with its case number.
 *
 * <p>A task is looked up before every claim, completion and task page ({@link TaskCase}: by primary keys, in one
 * engine command) rather than with a {@code TaskQuery} and a history query, two transactions whose large dynamic
 * SQL the engine renders on every call.
 */
@Component
class RecordLookup {

    /** What the audit needs to know about a task: its case, and who had it before the request. */
    record TaskFacts(String caseNumber, String assignee) {
        static final TaskFacts UNKNOWN = new TaskFacts(null, null);
    }

    private final CommandExecutor commandExecutor;
    private final HistoryService historyService;
    private final AsApplication asApplication;

    RecordLookup(ProcessEngine processEngine, HistoryService historyService, AsApplication asApplication) {
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.historyService = historyService;
        this.asApplication = asApplication;
    }

    TaskFacts task(String taskId) {
        return asApplication(() -> {
            TaskFacts facts = commandExecutor.execute(new TaskCase(taskId));
            return facts == null ? TaskFacts.UNKNOWN : facts;
        }, TaskFacts.UNKNOWN);
    }

    String caseOfProcessInstance(String processInstanceId) {
        return asApplication(() -> businessKey(processInstanceId), null);
    }

    private String businessKey(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private <T> T asApplication(Supplier<T> lookup, T unknown) {
        try {
            return asApplication.run(lookup);
        } catch (RuntimeException e) {
            return unknown; // an id the engine cannot read at all: the event is kept without a case number
        }
    }
}
