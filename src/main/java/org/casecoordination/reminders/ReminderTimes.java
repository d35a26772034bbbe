package org.casecoordination.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.casecoordination.system.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.processes.ClientReminderProcess.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The moments a reminder goes out, for the timers of processes/client-reminder.bpmn
 * ({@code ${reminderTimes.dayBefore(startsAt)}}, {@code ${reminderTimes.before(startsAt, 'PT2H')}}). "The day
 * before" is the calendar day before in the business calendar's zone, at the configured hour, whatever zone the
 * server runs in. The gateways ask it what the reminder is about ({@code ${reminderTimes.hasTimeOfDay(execution)}}).
 * Listed in processes.guard.DiagramBeanList and docs/analysts.md.
 */
@Component("reminderTimes")
public class ReminderTimes {

    private final LocalTime dayBeforeAt;
    private final ZoneId zone;

    @Autowired
    ReminderTimes(ReminderSettings settings, Dates dates) {
        this(settings.dayBeforeAt(), dates.zone());
    }

    ReminderTimes(LocalTime dayBeforeAt, ZoneId zone) {
        this.dayBeforeAt = dayBeforeAt;
        this.zone = zone;
    }

    /** The day before {@code startsAt} (in the agency's zone) at the configured hour. */
    public Date dayBefore(Date startsAt) {
        return Date.from(startsAt.toInstant().atZone(zone).toLocalDate().minusDays(1).atTime(dayBeforeAt)
                .atZone(zone).toInstant());
    }

    /** {@code startsAt} less an ISO-8601 duration ("PT2H", "P1D"). */
    public Date before(Date startsAt, String leadTime) {
        return Date.from(startsAt.toInstant().minus(Duration.parse(leadTime)));
    }

    /** The reminder announces an accepted referral (sent soon after), rather than counting down to a time. */
    public boolean announcesAcceptance(DelegateExecution execution) {
        return MessagePurpose.REFERRAL_ACCEPTED.name().equals(execution.getVariable(Variables.REMINDER_FOR));
    }

    /** Whether what is reminded of has a time of day: a service's first day has none (no two-hours-before). */
    public boolean hasTimeOfDay(DelegateExecution execution) {
        return !MessagePurpose.SERVICE_START.name().equals(execution.getVariable(Variables.REMINDER_FOR));
    }

    ZoneId zone() {
        return zone;
    }

    /** The start of a service's first day in the agency's zone: what a service start's reminders count from. */
    Instant startOfDay(java.time.LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
