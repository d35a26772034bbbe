package org.casecoordination.tasklist.readmodel;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rebuild started from the administrators' page, run in the background: it reads every open task and takes
 * minutes at scale, far longer than a browser should wait for a page. One at a time on this node; the page shows
 * whether one is running and how the last one ended. The command-line rebuild stays synchronous.
 */
@Component
public class TaskListRebuild {

    private static final Logger log = LoggerFactory.getLogger(TaskListRebuild.class);
    /** Measured: 100,000 open tasks in 216 s on H2 (docs/benchmarks.md); used until this node has timed one. */
    private static final double BENCHMARKED_TASKS_PER_SECOND = 460;

    /**
     * A rebuild started by {@code startedBy}; finished when {@code finishedAt} is set. A failed one changed nothing
     * (one transaction); the cause is in the log, not for the page.
     */
    public record Run(String startedBy, Date startedAt, Date finishedAt, int rows, boolean failed) {

        public boolean running() {
            return finishedAt == null;
        }
    }

    private final TaskListMaintenance maintenance;
    private final TaskService taskService;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "task-list-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Run last;
    private volatile double tasksPerSecond = BENCHMARKED_TASKS_PER_SECOND;

    TaskListRebuild(TaskListMaintenance maintenance, TaskService taskService) {
        this.maintenance = maintenance;
        this.taskService = taskService;
    }

    /** The running or last rebuild on this node, or null. */
    Run last() {
        return last;
    }

    long openTasks() {
        return taskService.createTaskQuery().count();
    }

    /** How long a rebuild of {@code openTasks} tasks may take, from the last one timed here or the benchmark. */
    Duration estimate(long openTasks) {
        return Duration.ofSeconds((long) Math.ceil(openTasks / tasksPerSecond));
    }

    /** Starts a rebuild unless one is running; false if one is. */
    synchronized boolean start(String startedBy) {
        if (last != null && last.running()) {
            return false;
        }
        Run run = new Run(startedBy, new Date(), null, 0, false);
        last = run;
        executor.execute(() -> rebuild(run));
        return true;
    }

    private void rebuild(Run run) {
        long started = System.nanoTime();
        try {
            int rows = maintenance.rebuild();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (rows >= 1_000 && seconds > 0) {
                tasksPerSecond = rows / seconds;
            }
            last = new Run(run.startedBy(), run.startedAt(), new Date(), rows, false);
        } catch (RuntimeException e) {
            log.warn("Task list rebuild started by {} failed", run.startedBy(), e);
            last = new Run(run.startedBy(), run.startedAt(), new Date(), 0, true);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
