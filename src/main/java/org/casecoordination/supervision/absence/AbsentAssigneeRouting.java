package org.casecoordination.supervision.absence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new task meant for a coordinator who is away today goes to its team queue instead: the assignee is cleared, the
 * candidate group (the team) stays, so whoever covers, or anyone of the team, can claim it. Tasks without a
 * candidate group keep their assignee: nobody else could see them.
 */
@Component
class AbsentAssigneeRouting {

    private static final Logger log = LoggerFactory.getLogger(AbsentAssigneeRouting.class);

    private final Absences absences;

    AbsentAssigneeRouting(Absences absences) {
        this.absences = absences;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || task.getCandidates().stream().noneMatch(link -> link.getGroupId() != null)) {
            return;
        }
        absences.current(assignee).ifPresent(absence -> {
            task.setAssignee(null);
            log.info("Task {} ({}) to the team queue: {} is away (absence {})", task.getId(),
                    task.getTaskDefinitionKey(), assignee, absence.getId());
        });
    }
}
