package org.casecoordination.appointments;

import java.time.Instant;

/** Published in the transaction that changed the appointment's time or place. */
public record AppointmentMoved(long appointmentId, String caseNumber, Instant from, Instant to) {
}
