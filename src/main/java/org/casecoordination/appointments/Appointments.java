package org.casecoordination.appointments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.Words;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's appointments and rides: scheduled, moved and cancelled by people who may see the case (through
 * {@link CaseFileService#find}, so team access applies), each change published as an event in the same
 * transaction. "Now" is the engine's clock, so tests that move it see the same time as the reminders' timers.
 */
@Service
public class Appointments {

    static final int MAX_PLACE = 500;

    private final AppointmentRepository appointments;
    private final CaseFileService caseFiles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Words words;

    Appointments(AppointmentRepository appointments, CaseFileService caseFiles, CurrentUser currentUser,
            ApplicationEventPublisher events, Words words) {
        this.appointments = appointments;
        this.caseFiles = caseFiles;
        this.currentUser = currentUser;
        this.events = events;
        this.words = words;
    }

    /** Refuses a missing kind, a time not in the future, a missing or too long place, field by field. */
    @Transactional
    public Appointment schedule(String caseNumber, AppointmentRequest request) {
        CareCase careCase = caseFiles.find(caseNumber);
        check(request.kind() == null, request.startsAt(), request.place());
        Appointment appointment = appointments.save(new Appointment(careCase.getId(), careCase.getCaseNumber(),
                request, currentUser.id(), now()));
        events.publishEvent(new AppointmentScheduled(appointment.getId(), appointment.getCaseNumber(),
                appointment.getKind(), appointment.getStartsAt()));
        return appointment;
    }

    /** A new time or place; a cancelled appointment cannot be moved (schedule a new one). */
    @Transactional
    public Appointment move(String caseNumber, long id, Instant startsAt, String place) {
        Appointment appointment = scheduledOf(caseNumber, id);
        check(false, startsAt, place);
        Instant from = appointment.getStartsAt();
        appointment.move(startsAt, place, currentUser.id(), now());
        events.publishEvent(new AppointmentMoved(appointment.getId(), appointment.getCaseNumber(), from, startsAt));
        return appointment;
    }

    @Transactional
    public Appointment cancel(String caseNumber, long id) {
        Appointment appointment = scheduledOf(caseNumber, id);
        appointment.cancel(currentUser.id(), now());
        events.publishEvent(new AppointmentCancelled(appointment.getId(), appointment.getCaseNumber()));
        return appointment;
    }

    /** The case's appointments, earliest first, cancelled ones included. */
    @Transactional(readOnly = true)
    public List<Appointment> of(String caseNumber) {
        return appointments.findByCaseIdOrderByStartsAtAscIdAsc(caseFiles.find(caseNumber).getId());
    }

    /** The case's appointments that still stand, for the module that cancels their reminders when the case ends. */
    @Transactional(readOnly = true)
    public List<Appointment> scheduledOf(CareCase careCase) {
        return appointments.findByCaseIdAndStatus(careCase.getId(), AppointmentStatus.SCHEDULED);
    }

    /** For engine work (a reminder about to go out): no access check, the appointment as it is now. */
    @Transactional(readOnly = true)
    public Optional<Appointment> current(long id) {
        return appointments.findById(id);
    }

    private Appointment scheduledOf(String caseNumber, long id) {
        CareCase careCase = caseFiles.find(caseNumber);
        Appointment appointment = appointments.findById(id).filter(a -> a.getCaseId().equals(careCase.getId()))
                .orElseThrow(() -> new AppointmentNotFoundException(caseNumber, id));
        if (!appointment.isScheduled()) {
            throw InvalidInputException.of("status", words.text("appointments.error.cancelled"));
        }
        return appointment;
    }

    private void check(boolean kindMissing, Instant startsAt, String place) {
        List<FieldError> errors = new ArrayList<>();
        if (kindMissing) {
            errors.add(new FieldError("kind", words.text("appointments.error.kind")));
        }
        if (startsAt == null) {
            errors.add(new FieldError("startsAt", words.text("appointments.error.startsAt")));
        } else if (!startsAt.isAfter(now())) {
            errors.add(new FieldError("startsAt", words.text("appointments.error.past")));
        }
        if (place == null || place.isBlank()) {
            errors.add(new FieldError("place", words.text("appointments.error.place")));
        } else if (place.strip().length() > MAX_PLACE) {
            errors.add(new FieldError("place", words.text("errors.atMost", MAX_PLACE)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
