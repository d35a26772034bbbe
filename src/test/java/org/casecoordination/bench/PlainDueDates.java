package org.casecoordination.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The bare engine's stand-in for the app's SLA due dates: the same expressions answered with plain durations, no
 * business calendar, no case record.
 */
public class PlainDueDates {

    public Date intake(String caseNumber) { return inDays(2); }
    public Date assessment(String caseNumber) { return inDays(14); }
    public Date servicePlan(String caseNumber) { return inDays(30); }
    public Date followUp() { return inDays(3); }
    public Date reassessment() { return inDays(14); }
    public Date closure() { return inDays(7); }
    public Date reviewEscalation() { return inDays(1); }
    public Date referralAnswer(Object sentAt) { return inDays(2); }
    public Date escalation(Date due) { return Date.from(due.toInstant().plus(Duration.ofDays(1))); }

    static Date inDays(int days) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return Date.from(now.plus(Duration.ofDays(days)));
    }

    /** The overdue ladder's timers: due in a week, never late in a benchmark run. */
    public static class LateTasks {
        public boolean isLate(DelegateExecution execution) { return false; }
        public Date escalationTime(DelegateExecution execution) { return inDays(8); }
        public Date dueDate(DelegateExecution execution) { return inDays(7); }
    }
}
