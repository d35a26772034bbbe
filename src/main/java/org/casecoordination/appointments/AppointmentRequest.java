package org.casecoordination.appointments;

import java.time.Instant;

/**
 * An appointment as a person sets it: what kind, when, where (the address the client goes to, or is picked up
 * at), and optionally the provider and the case's referral it belongs to (a ride names its transport referral).
 */
public record AppointmentRequest(AppointmentKind kind, Instant startsAt, String place, Long providerId,
        Long referralId) {
}
