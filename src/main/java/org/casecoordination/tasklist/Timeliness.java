package org.casecoordination.tasklist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each step may take (case-coordination.timeliness.*), from the product defaults in the domain notes.
 * These are calendar durations; business days, holidays and escalations come with the SLA work (issue #7).
 *
 * @param intake first contact after the referral
 * @param intakeUrgent first contact after an urgent referral
 * @param assessment after intake
 * @param assessmentUrgent after intake, for an urgent referral
 * @param servicePlan after the referral
 * @param arrangement arranging one service, from when it was chosen
 * @param followUp the follow-up contact, from when it falls due
 * @param closure closing the case, from when closure begins
 */
@ConfigurationProperties("case-coordination.timeliness")
public record Timeliness(
        @DefaultValue("P2D") Duration intake,
        @DefaultValue("P1D") Duration intakeUrgent,
        @DefaultValue("P14D") Duration assessment,
        @DefaultValue("P7D") Duration assessmentUrgent,
        @DefaultValue("P30D") Duration servicePlan,
        @DefaultValue("P14D") Duration arrangement,
        @DefaultValue("P3D") Duration followUp,
        @DefaultValue("P7D") Duration closure,
        @DefaultValue("50") int routinePriority,
        @DefaultValue("80") int urgentPriority) {
}
