package org.casecoordination.supervision.approval;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.closure.PendingUrgentResponses;
import org.casecoordination.forms.FieldError;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A supervisor approves a closure or rejects it with a comment; a rejected closure comes back to the coordinator as
 * a new "Close case" task that shows who returned it and why. The comment travels to that task as a transient
 * variable (never stored by the engine); the timeline keeps it.
 */
@Component
class ApproveClosureRules implements CompletionRules {

    static final String APPROVE = "APPROVE";
    static final String REJECT = "REJECT";
    /** Who returned it and why: live only in the transaction that completes the approval and creates the returned task. */
    static final String RETURNED_WITH = "closureReturnedWith";
    static final String RETURNED_COMMENT = "closureReturnedComment";

    private final CaseTimeline timeline;
    private final CurrentUser currentUser;

    private final PendingUrgentResponses urgentResponses;

    private final ErrorWords words;
    private final ClosureReturnedWords returnedWords;

    ApproveClosureRules(CaseTimeline timeline, CurrentUser currentUser, PendingUrgentResponses urgentResponses,
            ErrorWords words, ClosureReturnedWords returnedWords) {
        this.words = words;
        this.returnedWords = returnedWords;
        this.urgentResponses = urgentResponses;
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_APPROVE_CLOSURE;
    }

    @Override
    public List<FieldError> check(Map<String, Object> values) {
        if (currentUser.isEngineWork() || currentUser.groups().contains(Groups.SUPERVISORS)) {
            return List.of();
        }
        return List.of(new FieldError(null, words.text("approveClosure.error.supervisorsOnly")));
    }

    @Override
    public void apply(TaskCompletion completion) {
        if (REJECT.equals(completion.value(CaseLifecycleProcess.Variables.CLOSURE_DECISION))) {
            String comment = String.valueOf(completion.value("rejectionComment"));
            timeline.record(completion.careCase(), TimelineKind.CLOSURE_REJECTED, "timeline.closure.returned",
                    comment);
            completion.task().getExecution().setVariable(RETURNED_WITH,
                    Variables.stringValue(completion.completedBy(), true));
            completion.task().getExecution().setVariable(RETURNED_COMMENT, Variables.stringValue(comment, true));
        } else {
            urgentResponses.checkNoneOpen(completion.task().getProcessInstanceId());
            timeline.record(completion.careCase(), TimelineKind.CLOSURE_APPROVED, "timeline.closure.approved");
        }
    }

    @EventListener
    @Order(TaskCreateOrder.CLOSURE_RETURNED)
    public void onClosureReturned(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || !CaseLifecycleProcess.TASK_CLOSE_CASE.equals(task.getTaskDefinitionKey())) {
            return;
        }
        if (task.getExecution() != null && task.getExecution().getVariable(RETURNED_WITH) instanceof String supervisor
                && task.getExecution().getVariable(RETURNED_COMMENT) instanceof String comment) {
            // English for the engine (Camunda Tasklist); the supervisor's login lets the app say it in any language
            task.setDescription(returnedWords.english(supervisor, comment));
            task.setVariableLocal(ClosureReturnedWords.RETURNED_BY, supervisor);
        }
    }
}
