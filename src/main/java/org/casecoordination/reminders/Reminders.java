package org.casecoordination.reminders;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.appointments.AppointmentCancelled;
import org.casecoordination.appointments.AppointmentKind;
import org.casecoordination.appointments.AppointmentMoved;
import org.casecoordination.appointments.AppointmentScheduled;
import org.casecoordination.appointments.Appointments;
import org.casecoordination.arrangement.ProviderReferralChanged;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CaseClosed;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.processes.ClientReminderProcess;
import org.casecoordination.processes.ClientReminderProcess.Variables;
import org.casecoordination.security.AsApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts, moves and cancels the reminder instances (processes/client-reminder.bpmn) as appointments, referrals and
 * cases change, in the transaction of the change: a change that rolls back leaves the reminders as they were. One
 * instance per thing reminded of, found by its subject ("APPOINTMENT-12") within the case (the business key).
 */
@Service
class Reminders {

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final ReminderTimes times;
    private final Appointments appointments;

    Reminders(RuntimeService runtimeService, AsApplication asApplication, ReminderTimes times,
            Appointments appointments) {
        this.appointments = appointments;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.times = times;
    }

    @EventListener
    void on(AppointmentScheduled scheduled) {
        start(scheduled.caseNumber(), purposeOf(scheduled.kind()), scheduled.appointmentId(),
                appointment(scheduled.appointmentId()), scheduled.startsAt());
    }

    @EventListener
    void on(AppointmentMoved moved) {
        // the kind does not change with a move: the running instance knows it; one that ended is started again
        String subject = appointment(moved.appointmentId());
        if (!move(moved.caseNumber(), subject, null, moved.to())) {
            appointments.current(moved.appointmentId()).ifPresent(appointment -> start(moved.caseNumber(),
                    purposeOf(appointment.getKind()), moved.appointmentId(), subject, moved.to()));
        }
    }

    @EventListener
    void on(AppointmentCancelled cancelled) {
        cancel(cancelled.caseNumber(), appointment(cancelled.appointmentId()));
    }

    /** Accepted: a "referral accepted" message soon, and the service's start; declined or ended: nothing more. */
    @EventListener
    void on(ProviderReferralChanged changed) {
        if (changed.serviceType() == ServiceType.TRANSPORTATION) {
            return; // rides are reminded of by their pickups (appointments), not by the transport referral
        }
        String subject = referral(changed.referralId());
        ProviderReferralStatus status = changed.status();
        boolean justAccepted = status == ProviderReferralStatus.ACCEPTED && changed.statusChanged();
        if (justAccepted) {
            start(changed.caseNumber(), MessagePurpose.REFERRAL_ACCEPTED, changed.referralId(), subject,
                    ClockUtil.getCurrentTime().toInstant());
        }
        if (status == ProviderReferralStatus.ACCEPTED && changed.startDate() != null) {
            Instant startsAt = times.startOfDay(changed.startDate());
            // a referral is accepted once (only a referral waiting for an answer takes one), so at its acceptance
            // no service-start reminder of it can run yet: start one without a correlation that would find none
            if (justAccepted || !move(changed.caseNumber(), subject, MessagePurpose.SERVICE_START, startsAt)) {
                start(changed.caseNumber(), MessagePurpose.SERVICE_START, changed.referralId(), subject, startsAt);
            }
        } else if (status == ProviderReferralStatus.REJECTED || status == ProviderReferralStatus.CANCELLED
                || status == ProviderReferralStatus.COMPLETED) {
            cancel(changed.caseNumber(), subject);
        }
    }

    @EventListener
    void on(CaseClosed closed) {
        asApplication.run(() -> runtimeService.createMessageCorrelation(ClientReminderProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(closed.caseNumber()).correlateAllWithResult());
    }

    private void start(String caseNumber, MessagePurpose purpose, long id, String subject, Instant startsAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_NUMBER, caseNumber);
        variables.put(Variables.REMINDER_FOR, purpose.name());
        variables.put(Variables.SUBJECT_ID, id);
        variables.put(Variables.SUBJECT, subject);
        variables.put(Variables.STARTS_AT, Date.from(startsAt));
        variables.put(Variables.ARMED_AT, ClockUtil.getCurrentTime());
        asApplication.run(() -> runtimeService.startProcessInstanceByKey(ClientReminderProcess.PROCESS_KEY, caseNumber,
                variables));
    }

    /** Re-arms a running instance for the new time; false when none runs (never started, or all sent). */
    private boolean move(String caseNumber, String subject, MessagePurpose purpose, Instant startsAt) {
        var correlation = runtimeService.createMessageCorrelation(ClientReminderProcess.MESSAGE_MOVED)
                .processInstanceBusinessKey(caseNumber).processInstanceVariableEquals(Variables.SUBJECT, subject)
                .setVariable(Variables.STARTS_AT, Date.from(startsAt))
                .setVariable(Variables.ARMED_AT, ClockUtil.getCurrentTime());
        if (purpose != null) {
            correlation.processInstanceVariableEquals(Variables.REMINDER_FOR, purpose.name());
        }
        return !asApplication.run(correlation::correlateAllWithResult).isEmpty();
    }

    private void cancel(String caseNumber, String subject) {
        asApplication.run(() -> runtimeService.createMessageCorrelation(ClientReminderProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(caseNumber).processInstanceVariableEquals(Variables.SUBJECT, subject)
                .correlateAllWithResult());
    }

    static MessagePurpose purposeOf(AppointmentKind kind) {
        return kind == AppointmentKind.TRANSPORT_PICKUP ? MessagePurpose.TRANSPORT_PICKUP : MessagePurpose.APPOINTMENT;
    }

    static String appointment(long id) {
        return "APPOINTMENT-" + id;
    }

    static String referral(long id) {
        return "REFERRAL-" + id;
    }
}
