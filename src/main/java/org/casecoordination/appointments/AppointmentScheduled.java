package org.casecoordination.appointments;

import java.time.Instant;

/** Published in the transaction that scheduled the appointment. */
public record AppointmentScheduled(long appointmentId, String caseNumber, AppointmentKind kind, Instant startsAt) {
}
