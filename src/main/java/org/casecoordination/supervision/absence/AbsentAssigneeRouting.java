package org.casecoordination.supervision.absence;

import static org.casecoordination.casefile.TimelineText.Words.person;
import org.casecoordination.casefile.TimelineText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.People;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new task meant for a coordinator who is away today goes to its team queue instead: the assignee is cleared, the
 * candidate group (the team) stays, so whoever covers, or anyone of the team, can claim it. Tasks without a
 * candidate group keep their assignee: nobody else could see them. The case timeline says why.
 */
@Component
class AbsentAssigneeRouting {

    private static final Logger log = LoggerFactory.getLogger(AbsentAssigneeRouting.class);

    private final Absences absences;
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final People people;

    AbsentAssigneeRouting(Absences absences, CaseRepository cases, CaseTimeline timeline, People people) {
        this.people = people;
        this.absences = absences;
        this.cases = cases;
        this.timeline = timeline;
    }

    @EventListener
    @Order(TaskCreateOrder.ABSENT_ASSIGNEE)
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        String assignee = task.getAssignee();
        if (assignee == null || task.getCandidates().stream().noneMatch(link -> link.getGroupId() != null)) {
            return;
        }
        absences.current(assignee).ifPresent(absence -> {
            task.setAssignee(null);
            log.info("Task {} ({}) to the team queue: {} is away (absence {})", task.getId(),
                    task.getTaskDefinitionKey(), assignee, absence.getId());
            String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
            if (caseNumber != null) {
                cases.findByCaseNumber(caseNumber).ifPresent(careCase -> timeline.record(careCase,
                        TimelineKind.TASK_UNASSIGNED, absence.getCoveredBy() == null
                                ? TimelineText.of("timeline.task.awayToQueue", task, person(assignee),
                                        absence.getAwayUntil())
                                : TimelineText.of("timeline.task.awayToQueueCovered", task,
                                        person(assignee), absence.getAwayUntil(), person(absence.getCoveredBy()))));
            }
        });
    }
}
