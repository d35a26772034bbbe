package org.casecoordination.appointments;

/** A cancelled appointment is kept for the record; a past one is simply past. */
public enum AppointmentStatus {
    SCHEDULED,
    CANCELLED
}
