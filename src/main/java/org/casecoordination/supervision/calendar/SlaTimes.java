package org.casecoordination.supervision.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each step of a case may take (case-coordination.sla.*), the product defaults of the domain notes
 * (SLAS.md). Business days are counted with the business calendar; plain days land on a working day.
 *
 * @param intakeBusinessDays first contact, after the referral
 * @param intakeUrgentBusinessDays first contact, after an urgent referral
 * @param assessmentDays the assessment, after intake
 * @param assessmentUrgentDays the assessment at HIGH or CRITICAL acuity or after an urgent referral
 * @param servicePlanDays the service plan, after the referral
 * @param followUpBusinessDays the follow-up contact, from when it falls due
 * @param reassessmentDays a reassessment, from when it falls due
 * @param closureDays closing the case, from when closure begins
 * @param escalationBusinessDays from a task's due time to its supervisor escalation
 * @param referralAnswerBusinessDays a provider's answer to a referral, from when it was sent; then the coordinator
 *        is reminded to chase it
 */
@ConfigurationProperties("case-coordination.sla")
public record SlaTimes(
        @DefaultValue("2") int intakeBusinessDays,
        @DefaultValue("1") int intakeUrgentBusinessDays,
        @DefaultValue("14") int assessmentDays,
        @DefaultValue("7") int assessmentUrgentDays,
        @DefaultValue("30") int servicePlanDays,
        @DefaultValue("3") int followUpBusinessDays,
        @DefaultValue("14") int reassessmentDays,
        @DefaultValue("7") int closureDays,
        @DefaultValue("1") int escalationBusinessDays,
        @DefaultValue("2") int referralAnswerBusinessDays) {

    public static SlaTimes defaults() {
        return new SlaTimes(2, 1, 14, 7, 30, 3, 14, 7, 1, 2);
    }
}
