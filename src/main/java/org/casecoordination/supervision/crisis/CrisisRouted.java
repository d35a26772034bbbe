package org.casecoordination.supervision.crisis;

import java.util.Date;
import java.util.List;

/**
 * Where a reported crisis went: the new "Respond to crisis" task, who has it (this week's on-call coordinator, or
 * nobody: it waits in the team queue), when it is due and who was sent an urgent notice (user ids).
 */
public record CrisisRouted(String taskId, String assignee, Date due, String team, List<String> notified) {
}
