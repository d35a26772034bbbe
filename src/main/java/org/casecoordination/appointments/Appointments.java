package org.casecoordination.appointments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
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
 * {@link CaseFileService#find}, so team access applies), each change a timeline line and an event published in the
 * same transaction. A closed case's appointments are kept as they are. "Now" is the engine's clock, so tests that move
 * it see the same time as the reminders' timers.
 */
@Service
public class Appointments {

    static final int MAX_PLACE = 500;

    private final AppointmentRepository appointments;
    private final CaseFileService caseFiles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Words words;
    private final AppointmentTimeline timeline;
    private final AppointmentLinks links;

    Appointments(AppointmentRepository appointments, CaseFileService caseFiles, CurrentUser currentUser,
            ApplicationEventPublisher events, Words words, AppointmentTimeline timeline, AppointmentLinks links) {
        this.appointments = appointments;
        this.caseFiles = caseFiles;
        this.currentUser = currentUser;
        this.events = events;
        this.words = words;
        this.timeline = timeline;
        this.links = links;
    }

    /**
     * Refuses a missing kind, a time not in the future, a missing or too long place, an unknown provider, a service
     * that is not this case's booked one (for a ride: its booked transport), field by field. Given only the service,
     * the appointment is with the service's provider.
     */
    @Transactional
    public Appointment schedule(String caseNumber, AppointmentRequest request) {
        CareCase careCase = openCase(caseNumber);
        List<FieldError> errors = check(request.kind() == null, request.startsAt(), request.place());
        AppointmentRequest linked = links.check(careCase, request, errors);
        refuse(errors);
        Appointment appointment = appointments.save(new Appointment(careCase.getId(), careCase.getCaseNumber(),
                linked, currentUser.id(), now()));
        timeline.scheduled(careCase, appointment);
        events.publishEvent(new AppointmentScheduled(appointment.getId(), appointment.getCaseNumber(),
                appointment.getKind(), appointment.getStartsAt()));
        return appointment;
    }

    /** A new time or place; a cancelled appointment cannot be moved (schedule a new one). Unchanged, nothing happens. */
    @Transactional
    public Appointment move(String caseNumber, long id, Instant startsAt, String place) {
        return move(scheduledOf(caseNumber, id), startsAt, place);
    }

    /**
     * As {@link #move(String, long, Instant, String)}, from a form or request that read the appointment at
     * {@code version}: if someone changed it since, nothing is written and a conflict says so.
     */
    @Transactional
    public Appointment move(String caseNumber, long id, long version, Instant startsAt, String place) {
        Appointment appointment = scheduledOf(caseNumber, id);
        if (appointment.getVersion() != version) {
            throw new CaseConflictException("This appointment was changed by someone else since you opened it.",
                    "appointments.error.stale");
        }
        return move(appointment, startsAt, place);
    }

    private Appointment move(Appointment appointment, Instant startsAt, String place) {
        refuse(check(false, startsAt, place));
        Instant from = appointment.getStartsAt();
        if (from.equals(startsAt) && appointment.getPlace().equals(place.strip())) {
            return appointment;
        }
        appointment.move(startsAt, place, currentUser.id(), now());
        appointments.flush(); // the new version, for whoever answers with it
        timeline.moved(caseOf(appointment), appointment, from);
        events.publishEvent(new AppointmentMoved(appointment.getId(), appointment.getCaseNumber(), from, startsAt));
        return appointment;
    }

    @Transactional
    public Appointment cancel(String caseNumber, long id) {
        Appointment appointment = scheduledOf(caseNumber, id);
        appointment.cancel(currentUser.id(), now());
        appointments.flush();
        timeline.cancelled(caseOf(appointment), appointment);
        events.publishEvent(new AppointmentCancelled(appointment.getId(), appointment.getCaseNumber()));
        return appointment;
    }

    /** The case's appointments, earliest first, cancelled ones included. */
    @Transactional(readOnly = true)
    public List<Appointment> of(String caseNumber) {
        return of(caseFiles.find(caseNumber));
    }

    /** For a case the caller has already opened through CaseFileService (the case page). */
    @Transactional(readOnly = true)
    public List<Appointment> of(CareCase careCase) {
        return appointments.findByCaseIdOrderByStartsAtAscIdAsc(careCase.getId());
    }

    /** One appointment of the case; another case's is not found. */
    @Transactional(readOnly = true)
    public Appointment find(String caseNumber, long id) {
        return ofCase(caseFiles.find(caseNumber), id);
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
        Appointment appointment = ofCase(openCase(caseNumber), id);
        if (!appointment.isScheduled()) {
            throw InvalidInputException.of("status", words.text("appointments.error.cancelled"));
        }
        return appointment;
    }

    private Appointment ofCase(CareCase careCase, long id) {
        return appointments.findById(id).filter(a -> a.getCaseId().equals(careCase.getId()))
                .orElseThrow(() -> new AppointmentNotFoundException(careCase.getCaseNumber(), id));
    }

    /** The case if the caller may see it and it is not closed: a closed case's appointments stay as they were. */
    private CareCase openCase(String caseNumber) {
        CareCase careCase = caseFiles.find(caseNumber);
        if (careCase.isClosed()) {
            throw new CaseConflictException("The case is closed; its appointments can no longer be changed.",
                    "appointments.error.closed");
        }
        return careCase;
    }

    private CareCase caseOf(Appointment appointment) {
        return caseFiles.find(appointment.getCaseNumber());
    }

    private List<FieldError> check(boolean kindMissing, Instant startsAt, String place) {
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
        return errors;
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
