package org.casecoordination.supervision.calendar;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;

/**
 * The due date of each case task, as the diagram asks for it ({@code camunda:dueDate="${slaDueDates.intake(caseNumber)}"}),
 * and the escalation time that follows a due date. The case record supplies when the referral came and how
 * urgent it is; the process keeps no dates of its own.
 */
public class SlaDueDates {

    private final CaseRepository cases;
    private final BusinessCalendar calendar;
    private final SlaTimes times;

    public SlaDueDates(CaseRepository cases, BusinessCalendar calendar, SlaTimes times) {
        this.cases = cases;
        this.calendar = calendar;
        this.times = times;
    }

    /** First contact: 2 business days after the referral, 1 when it is urgent. */
    public Date intake(String caseNumber) {
        CareCase careCase = careCase(caseNumber);
        return calendar.addBusinessDays(Date.from(careCase.getOpenedAt()),
                isUrgent(careCase) ? times.intakeUrgentBusinessDays() : times.intakeBusinessDays());
    }

    /** 14 days after intake; 7 after an urgent referral or when the case's acuity is HIGH or CRITICAL. */
    public Date assessment(String caseNumber) {
        CareCase careCase = careCase(caseNumber);
        boolean sooner = isUrgent(careCase) || careCase.getAcuity() == Acuity.HIGH
                || careCase.getAcuity() == Acuity.CRITICAL;
        return calendar.addDays(now(), sooner ? times.assessmentUrgentDays() : times.assessmentDays());
    }

    /** 30 days after the referral; a plan redone months later is not born overdue: it gets at least a day. */
    public Date servicePlan(String caseNumber) {
        Date due = calendar.addDays(Date.from(careCase(caseNumber).getOpenedAt()), times.servicePlanDays());
        Date earliest = calendar.addDays(Date.from(now().toInstant().plus(Duration.ofDays(1))), 0);
        return due.before(earliest) ? earliest : due;
    }

    public Date followUp() {
        return calendar.addBusinessDays(now(), times.followUpBusinessDays());
    }

    public Date reassessment() {
        return calendar.addDays(now(), times.reassessmentDays());
    }

    public Date closure() {
        return calendar.addDays(now(), times.closureDays());
    }

    /** A supervisor's review of an escalation: by the end of the next business day. */
    public Date reviewEscalation() {
        return calendar.addBusinessDays(now(), 1);
    }

    /** When a task due at {@code due} goes to the team's supervisors: one business day later by default. */
    public Date escalation(Date due) {
        return calendar.addBusinessDays(due, times.escalationBusinessDays());
    }

    /**
     * When a provider's answer to a referral is overdue and the coordinator chases it: 2 business days after the
     * referral was sent by default ({@code timeDate="${slaDueDates.referralAnswer(referralSentAt)}"}).
     */
    public Date referralAnswer(Object sentAt) {
        return calendar.addBusinessDays(sentAt, times.referralAnswerBusinessDays());
    }

    /** The engine's clock, which tests move to run timers without waiting. */
    private static Date now() {
        return ClockUtil.getCurrentTime();
    }

    private CareCase careCase(String caseNumber) {
        return cases.lookUp(caseNumber)
                .orElseThrow(() -> new IllegalStateException("no case record for " + caseNumber));
    }

    private static boolean isUrgent(CareCase careCase) {
        return careCase.getUrgency() == Urgency.URGENT;
    }

}
