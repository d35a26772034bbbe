package org.casecoordination.supervision.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.supervision.notice.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first rung of the ladder, at a task's due time: the case timeline marks it overdue and whoever has it gets a
 * notice. A task still in the team queue has nobody to remind; the supervisors hear of it a business day later.
 */
@Component("overdueReminder")
class OverdueReminder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminder.class);

    private final LateTasks lateTasks;
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final Notices notices;

    OverdueReminder(LateTasks lateTasks, CaseRepository cases, CaseTimeline timeline, Notices notices) {
        this.lateTasks = lateTasks;
        this.cases = cases;
        this.timeline = timeline;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = lateTasks.of(execution).orElse(null);
        if (task == null || !lateTasks.isLate(execution)) {
            return; // done, or due later now (extended): nothing to remind anyone of
        }
        String caseNumber = execution.getProcessBusinessKey();
        cases.findByCaseNumber(caseNumber).ifPresent(careCase ->
                timeline.record(careCase, TimelineKind.TASK_OVERDUE, task.getAssignee() == null
                        ? "timeline.task.overdueInQueue" : "timeline.task.overdue", task,
                        task.getDueDate().toInstant()));
        if (task.getAssignee() != null) {
            notices.send(task.getAssignee(), caseNumber, task.getId(),
                    TimelineText.of("notice.overdue", task, task.getDueDate().toInstant()));
        }
        log.info("Task {} ({}) of case {} is overdue", task.getId(), task.getTaskDefinitionKey(), caseNumber);
    }
}
