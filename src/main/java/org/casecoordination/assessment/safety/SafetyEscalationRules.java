package org.casecoordination.assessment.safety;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.forms.FieldError;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The supervisor's task for a late safety response: the timeline says when it was called in, and only a
 * supervisor completes it (the team sees it in its queue, but a coordinator closing it would silence the alarm).
 */
@Component
class SafetyEscalationRules implements CompletionRules {

    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final ErrorWords words;

    SafetyEscalationRules(CaseRepository cases, CaseTimeline timeline, CurrentUser currentUser, ErrorWords words) {
        this.words = words;
        this.cases = cases;
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_SAFETY_ESCALATION;
    }

    /** Checked on every door before anything is written (the caller is known here); team membership is not. */
    @Override
    public List<FieldError> check(Map<String, Object> values) {
        if (currentUser.isEngineWork() || currentUser.groups().contains(Groups.SUPERVISORS)) {
            return List.of();
        }
        return List.of(new FieldError(null, words.text("safetyEscalation.error.supervisorsOnly")));
    }

    @EventListener
    @Order(TaskCreateOrder.SAFETY_ESCALATION)
    public void onEscalated(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || !CaseLifecycleProcess.TASK_SAFETY_ESCALATION.equals(task.getTaskDefinitionKey())) {
            return;
        }
        if (task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
            return;
        }
        cases.lookUp(task.getExecution().getProcessBusinessKey()).ifPresent(careCase ->
                timeline.record(careCase, TimelineKind.SAFETY_RESPONSE_ESCALATED,
                        "timeline.safety.escalated"));
    }
}
