package org.casecoordination.bench;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * One full case through the diagram's main path: intake (eligible), assessment, service plan with one service,
 * the arrangement, the follow-up timer, a follow-up that is ready to close, closure. The app and the bare engine
 * each say how to start a case and complete a task; finding tasks and firing the timer is the same for both.
 */
abstract class CaseLifecycleRun {

    final TaskService taskService;
    final ManagementService managementService;

    CaseLifecycleRun(TaskService taskService, ManagementService managementService) {
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /** A started case: its process instance, and its case number (the business key its arrangement shares). */
    record StartedCase(String instance, String caseNumber) {
    }

    abstract StartedCase start(int number);

    abstract void complete(Task task, String step);

    /**
     * Arranges the one planned service through its own ServiceArrangement instance: a provider is chosen, the
     * provider accepts the referral, the start is confirmed with the client. The case number comes from the start:
     * looking it up with a ProcessInstanceQuery by id reads every open instance on H2 (its {@code PARENT_ID_ is
     * null}, docs/benchmarks.md "Case page at scale"), and was most of this step's time at 100,000 open cases.
     */
    abstract void arrange(String caseNumber);

    void runOne(int number) {
        StartedCase started = step("start", () -> start(number));
        String instance = started.instance();
        for (String step : List.of("Task_Intake", "Task_Assessment", "Task_PlanServices")) {
            Task task = task(instance);
            step(step, () -> complete(task, step));
        }
        step("arrange", () -> arrange(started.caseNumber()));
        String timer = managementService.createJobQuery().processInstanceId(instance).timers()
                .activityId("TimerEvent_FollowUpDue").singleResult().getId();
        step("TimerEvent_FollowUpDue", () -> managementService.executeJob(timer));
        for (String step : List.of("Task_FollowUp", "Task_CloseCase")) {
            Task task = task(instance);
            step(step, () -> complete(task, step));
        }
        if (taskService.createTaskQuery().processInstanceId(instance).count() != 0) {
            throw new IllegalStateException("case " + number + " did not end");
        }
    }

    /** Wall-clock and CPU nanoseconds this run has spent in measured lifecycles, and how many. */
    long wallNanos;
    long cpuNanos;
    int measured;
    /** CPU nanoseconds of the driving thread per step of the measured lifecycles. */
    final Map<String, Long> stepCpuNanos = new java.util.LinkedHashMap<>();
    private boolean measuring;

    private <T> T step(String name, java.util.function.Supplier<T> work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        if (measuring) {
            stepCpuNanos.merge(name, THREADS.getCurrentThreadCpuTime() - cpu, Long::sum);
        }
        return result;
    }

    private void step(String name, Runnable work) {
        step(name, () -> {
            work.run();
            return null;
        });
    }

    /** Milliseconds of CPU per lifecycle for each step: where the app's time goes next to the bare engine's. */
    Map<String, Double> cpuMillisPerStep() {
        Map<String, Double> perStep = new java.util.LinkedHashMap<>();
        stepCpuNanos.forEach((step, nanos) -> perStep.put(step, Timings.round(nanos / 1e6 / measured)));
        return perStep;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Forgets what was measured, to measure again in another situation. */
    void reset() {
        wallNanos = 0;
        cpuNanos = 0;
        measured = 0;
        stepCpuNanos.clear();
    }

    void warmUp(int count) {
        for (int i = 0; i < count; i++) {
            runOne(-1 - i);
        }
    }

    void measure(int count) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        measuring = true;
        for (int i = 0; i < count; i++) {
            runOne(measured + i);
        }
        measuring = false;
        wallNanos += System.nanoTime() - wall;
        cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        measured += count;
    }

    double perSecond() {
        return measured / (wallNanos / 1e9);
    }

    double perCpuSecond() {
        return measured / (cpuNanos / 1e9);
    }

    /**
     * Both runs in alternating rounds of ten, so that a machine shared with other work slows both alike; CPU time
     * of this thread is recorded too, as the steadier measure on a busy machine.
     */
    static void compare(CaseLifecycleRun app, CaseLifecycleRun bare, int warmUp, int count) {
        app.warmUp(warmUp);
        bare.warmUp(warmUp);
        for (int done = 0; done < count; done += 10) {
            int round = Math.min(10, count - done);
            app.measure(round);
            bare.measure(round);
            if (Boolean.getBoolean("bench.trace")) {
                System.out.printf("lifecycles %d: cpu ratio so far %.2f%n", done + round,
                        app.perCpuSecond() / bare.perCpuSecond());
            }
        }
    }

    private Task task(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** A task of the called ServiceArrangement instance (same business key: the case number). */
    Task calledTask(String businessKey, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    /** What the gateways, the multi-instance and the timer read: the data contract, nothing else. */
    static Map<String, Object> contractValues(String step, String owner) {
        return switch (step) {
            case "Task_Intake" -> Map.of("owner", owner, "eligible", true);
            case "Task_PlanServices" -> Map.of("servicesNeeded", List.of("HOME_CARE"), "followUpInterval", "P30D");
            case "Task_FollowUp" -> Map.of("followUpOutcome", "READY_TO_CLOSE");
            case "Task_CloseCase" -> Map.of("closureReason", "GOALS_MET");
            default -> Map.of();
        };
    }
}
