package org.casecoordination.supervision.escalation;

import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes a "Review escalation" off the supervisors' lists once there is nothing left to decide: the late task was
 * completed, or case work ended and took it along (closed early, not eligible, ready to close). It sends
 * {@code LateTaskDone} to the review's boundary event; the ladder ends at "Escalation withdrawn".
 */
@Component("lateTaskWithdrawal")
class LateTaskWithdrawal implements ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(LateTaskWithdrawal.class);

    /** The tasks the overdue ladder watches (the escalation codes in the diagram). */
    static final Set<String> WATCHED = Set.of(CaseLifecycleProcess.TASK_INTAKE, CaseLifecycleProcess.TASK_ASSESSMENT,
            CaseLifecycleProcess.TASK_PLAN_SERVICES, CaseLifecycleProcess.TASK_FOLLOW_UP,
            CaseLifecycleProcess.TASK_REASSESSMENT, CaseLifecycleProcess.TASK_CLOSE_CASE);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final CaseRepository cases;
    private final CaseTimeline timeline;

    LateTaskWithdrawal(TaskService taskService, RuntimeService runtimeService, AsApplication asApplication,
            CaseRepository cases, CaseTimeline timeline) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.cases = cases;
        this.timeline = timeline;
    }

    @EventListener
    public void onTaskCompleted(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        if (task.getProcessInstanceId() != null && WATCHED.contains(task.getTaskDefinitionKey())) {
            withdraw(task.getProcessInstanceId(), task.getTaskDefinitionKey()::equals,
                    "\u201c" + task.getName() + "\u201d was completed");
        }
    }

    /**
     * Case work ends normally or by a close request (the diagram's end listener on "Case work",
     * {@code ${lateTaskWithdrawal}}); a deleted instance (isCanceled) is left alone.
     */
    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            withdraw(execution.getProcessInstanceId(), key -> !CaseLifecycleProcess.TASK_CLOSE_CASE.equals(key),
                    "case work has ended");
        }
    }

    private void withdraw(String processInstanceId, Predicate<String> lateTaskKey, String because) {
        asApplication.run(() -> {
            // almost always no review is open: the engine answers that from the execution tree this command has
            // loaded already, where a task query would go to the database on every completion
            if (!runtimeService.getActiveActivityIds(processInstanceId)
                    .contains(CaseLifecycleProcess.TASK_REVIEW_ESCALATION)) {
                return null;
            }
            for (Task review : taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(CaseLifecycleProcess.TASK_REVIEW_ESCALATION).list()) {
                Object key = taskService.getVariable(review.getId(), Variables.LATE_TASK_KEY);
                if (key instanceof String late && lateTaskKey.test(late)) {
                    runtimeService.messageEventReceived(CaseLifecycleProcess.MESSAGE_LATE_TASK_DONE,
                            review.getExecutionId());
                    recordOnTimeline(review, because);
                    log.info("Escalation {} ({}) of instance {} withdrawn", review.getId(), late, processInstanceId);
                }
            }
            return null;
        });
    }

    private void recordOnTimeline(Task review, String because) {
        String caseNumber = (String) taskService.getVariable(review.getId(), Variables.CASE_NUMBER);
        if (caseNumber != null) {
            cases.findByCaseNumber(caseNumber).ifPresent(careCase -> timeline.record(careCase,
                    TimelineKind.ESCALATION_DECIDED, "timeline.escalation.withdrawn", review,
                            because));
        }
    }
}
