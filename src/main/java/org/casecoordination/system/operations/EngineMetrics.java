package org.casecoordination.system.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The work operators watch beside Spring's request timings ({@code http.server.requests}, per page and endpoint):
 * task completions by task, and the job executor's backlog and failures (timers, emails, escalations). The job
 * counts are read when metrics are scraped, not on any user's path.
 */
@Component
class EngineMetrics {

    private final MeterRegistry registry;

    EngineMetrics(MeterRegistry registry, ManagementService managementService) {
        this.registry = registry;
        Gauge.builder("casecoordination.jobs.due", managementService,
                        jobs -> jobs.createJobQuery().executable().count())
                .description("Jobs due now and not yet run (timers, emails, escalations): the job executor's backlog")
                .register(registry);
        Gauge.builder("casecoordination.jobs.failed", managementService,
                        jobs -> jobs.createJobQuery().noRetriesLeft().count())
                .description("Jobs that failed and have no retries left: each is an incident to look at")
                .register(registry);
    }

    /** Counted once committed: a completion that rolls back (a refused form) is no completion. */
    @EventListener
    public void onComplete(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        Counter completed = Counter.builder("casecoordination.tasks.completed")
                .description("User tasks completed, by task").tag("task", String.valueOf(task.getTaskDefinitionKey()))
                .register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    completed.increment();
                }
            });
        } else {
            completed.increment();
        }
    }
}
