package org.casecoordination.appointments;

/**
 * One of the case's booked services an appointment may belong to, as the appointment page lists it, with what
 * choosing it fills in: its provider and the address (a ride's booked pickup address; for a service its provider's
 * name, as the directory keeps no address).
 *
 * @param service the service type's code, shown by its label
 */
public record ServiceChoice(long referralId, AppointmentKind kind, String service, long providerId,
        String providerName, String place) {
}
