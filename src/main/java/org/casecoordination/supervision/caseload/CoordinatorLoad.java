package org.casecoordination.supervision.caseload;

/**
 * One coordinator's share of a team's work. The weighted load counts each open case by its acuity (LOW or not yet
 * decided 1, MODERATE 2, HIGH 3, CRITICAL 4); escalations and approvals are the supervisors' open tasks about the
 * coordinator's cases. {@code away} says the coordinator is away today (their new tasks go to the team queue),
 * {@code coveredBy} who covers for them, if anyone was named.
 */
public record CoordinatorLoad(String userId, long openCases, long weightedLoad, long openTasks, long overdueTasks,
        long escalations, long approvals, boolean away, String coveredBy) {
}
