package org.casecoordination.fhir;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs bulk exports in the background, one at a time on each node on a thread of low priority, so an export never
 * takes more than one core from the pages. A job starts as soon as the kickoff commits; a check on every node takes
 * up jobs nobody runs: a failed attempt's, or one left running by a node that stopped (its claim ran out). The
 * same check deletes exports whose time is up.
 *
 * <p>Why not an engine job: an export belongs to no process and no case, and an engine job would hold the engine's
 * job executor threads (the processes' timers and async steps) for minutes; the claim in V60 gives the same
 * "one node at a time, taken over when a node stops" as the app's staff emails do.
 */
@Service
class ExportRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportWork work;
    private final ExportJobs jobs;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    /** Jobs waiting on this node's thread: the check does not queue them twice. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    ExportRunner(ExportWork work, ExportJobs jobs) {
        this.work = work;
        this.jobs = jobs;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("fhir-export-");
        executor.setThreadPriority(Thread.MIN_PRIORITY);
        executor.setDaemon(true);
        executor.initialize();
    }

    /** Starts the job when the caller's transaction commits (at once without one). */
    void startAfterCommit(String jobId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            start(jobId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                start(jobId);
            }
        });
    }

    private void start(String jobId) {
        if (!queued.add(jobId)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.remove(jobId);
                work.run(jobId);
            });
        } catch (RuntimeException e) {
            queued.remove(jobId);
            log.warn("Bulk export {} left to the next check: {}", jobId, e.toString());
        }
    }

    /** Takes up the jobs nobody runs; returns how many this node queued. */
    @Scheduled(fixedDelayString = "${case-coordination.fhir-export.check-interval:PT30S}",
            initialDelayString = "${case-coordination.fhir-export.check-interval:PT30S}")
    int takeUpWaiting() {
        int before = queued.size();
        jobs.waiting(Instant.now()).forEach(this::start);
        return Math.max(0, queued.size() - before);
    }

    /** Deletes expired exports with their files. */
    @Scheduled(fixedDelayString = "${case-coordination.fhir-export.cleanup-interval:PT15M}",
            initialDelayString = "${case-coordination.fhir-export.cleanup-interval:PT15M}")
    int deleteExpired() {
        int deleted = 0;
        for (String id : jobs.expired(Instant.now())) {
            if (jobs.delete(id)) {
                deleted++;
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} expired bulk export(s)", deleted);
        }
        return deleted;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
