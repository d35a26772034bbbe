package org.casecoordination.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The service plan's goals as FHIR Goals, one a line as the coordinator typed it ({@code <case>-goal-<n>}): active
 * while the case is open, completed when it closed with its goals met, cancelled when it closed for another reason
 * (the client died, moved away, declined, …). A newer plan replaces the goals of the one before.
 */
@Component
class GoalResources {

    static final String ID_PART = "-goal-";

    private final ServicePlanRecord plans;

    GoalResources(ServicePlanRecord plans) {
        this.plans = plans;
    }

    /** All the case's goals, for a read, a search and the bulk export. */
    List<Goal> forCase(CareCase careCase) {
        return plans.of(careCase).map(plan -> goals(careCase, plan)).orElse(List.of());
    }

    /** The goals of a plan already read (the care plan reads it once for itself and its goals). */
    static List<Goal> goals(CareCase careCase, ServicePlanRecord.Plan plan) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = new Goal();
            goal.setId(careCase.getCaseNumber() + ID_PART + (i + 1));
            goal.getMeta().setLastUpdated(Date.from(CaseTimes.latest(plan.recordedAt(), careCase.getClosedAt())));
            goal.setLifecycleStatus(lifecycleStatus(careCase));
            goal.getDescription().setText(plan.goals().get(i));
            goal.setSubject(new Reference("Patient/" + careCase.getClient().getId())
                    .setDisplay(careCase.getClient().fullName()));
            goal.setStart(new org.hl7.fhir.r4.model.DateType(Date.from(plan.recordedAt())));
            goals.add(goal);
        }
        return goals;
    }

    static GoalLifecycleStatus lifecycleStatus(CareCase careCase) {
        if (!careCase.isClosed()) {
            return GoalLifecycleStatus.ACTIVE;
        }
        return CaseTimes.closedEarly(careCase) ? GoalLifecycleStatus.CANCELLED : GoalLifecycleStatus.COMPLETED;
    }

    /** The case number of a goal's id, or null for an id that is not one of ours. */
    static String caseNumberOf(String goalId) {
        int at = goalId.lastIndexOf(ID_PART);
        return at <= 0 ? null : goalId.substring(0, at);
    }
}
