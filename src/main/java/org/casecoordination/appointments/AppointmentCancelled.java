package org.casecoordination.appointments;

/** Published in the transaction that cancelled the appointment. */
public record AppointmentCancelled(long appointmentId, String caseNumber) {
}
