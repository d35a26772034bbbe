package org.casecoordination.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.system.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the reminders hang on: each schedule, move and cancel publishes its event (recorded by the test's listener),
 * with the appointment's id, case and times; a refused change and a move to the same time and place publish none.
 */
@ApplicationTest
@RecordApplicationEvents
class AppointmentEventsTests {

    static final ZoneId AGENCY = ZoneId.of("Europe/Berlin");
    static final Instant FIRST = LocalDateTime.of(2031, 3, 14, 10, 30).atZone(AGENCY).toInstant();
    static final Instant SECOND = LocalDateTime.of(2031, 3, 21, 8, 0).atZone(AGENCY).toInstant();

    @Autowired
    Cases cases;
    @Autowired
    Appointments appointments;
    @Autowired
    ApplicationEvents events;

    String caseNumber;

    @BeforeEach
    void openCase() {
        caseNumber = cases.open("team-north");
        events.clear();
    }

    @Test
    void scheduleMoveAndCancelEachPublishTheirEvent() {
        Appointment ride = cases.as("cora", () -> appointments.schedule(caseNumber, new AppointmentRequest(
                AppointmentKind.TRANSPORT_PICKUP, FIRST, "12 Elm Street", null, null)));
        assertThat(events.stream(AppointmentScheduled.class)).containsExactly(
                new AppointmentScheduled(ride.getId(), caseNumber, AppointmentKind.TRANSPORT_PICKUP, FIRST));

        cases.as("cora", () -> appointments.move(caseNumber, ride.getId(), ride.getVersion(), SECOND, "12 Elm Street"));
        assertThat(events.stream(AppointmentMoved.class)).containsExactly(
                new AppointmentMoved(ride.getId(), caseNumber, FIRST, SECOND));

        cases.as("cora", () -> appointments.cancel(caseNumber, ride.getId()));
        assertThat(events.stream(AppointmentCancelled.class)).containsExactly(
                new AppointmentCancelled(ride.getId(), caseNumber));
    }

    @Test
    void aRefusedChangeOrAMoveThatChangesNothingPublishesNothing() {
        assertThatThrownBy(() -> cases.as("cora", () -> appointments.schedule(caseNumber, new AppointmentRequest(
                AppointmentKind.APPOINTMENT, Instant.parse("2020-01-06T09:00:00Z"), "Clinic", null, null))))
                .isInstanceOf(InvalidInputException.class);
        Appointment visit = cases.as("cora", () -> appointments.schedule(caseNumber, new AppointmentRequest(
                AppointmentKind.APPOINTMENT, FIRST, "Clinic", null, null)));
        events.clear();

        cases.as("cora", () -> appointments.move(caseNumber, visit.getId(), FIRST, " Clinic "));
        assertThatThrownBy(() -> cases.as("cora", () -> appointments.move(caseNumber, visit.getId(), FIRST, "")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(events.stream(AppointmentMoved.class)).isEmpty();
        assertThat(events.stream(AppointmentScheduled.class)).isEmpty();
    }
}
