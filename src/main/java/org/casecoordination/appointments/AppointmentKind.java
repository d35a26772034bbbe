package org.casecoordination.appointments;

/** What the client is expected at, in words as {@code appointmentKind.<NAME>}. */
public enum AppointmentKind {
    /** A visit at a provider or a clinic. */
    APPOINTMENT,
    /** A booked ride picks the client up. */
    TRANSPORT_PICKUP
}
