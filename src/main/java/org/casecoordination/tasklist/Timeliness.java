package org.casecoordination.tasklist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Task priorities by urgency (case-coordination.timeliness.*), and the due date of a task whose diagram sets
 * none. Due dates of the case's own steps are in the diagram, from the SLA times in the business calendar
 * (supervision/calendar, case-coordination.sla.*).
 *
 * @param arrangement arranging one service, from when it was chosen, while the diagram sets no due date for it
 * @param routinePriority a routine referral's tasks
 * @param urgentPriority an urgent referral's tasks
 */
@ConfigurationProperties("case-coordination.timeliness")
public record Timeliness(
        @DefaultValue("P14D") Duration arrangement,
        @DefaultValue("50") int routinePriority,
        @DefaultValue("80") int urgentPriority) {
}
