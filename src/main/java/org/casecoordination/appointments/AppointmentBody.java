package org.casecoordination.appointments;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * An appointment sent to the JSON API: to schedule one, all fields but the provider and the service; to move one,
 * {@code startsAt}, {@code place} and the {@code version} read (or an {@code If-Match} header instead).
 */
public record AppointmentBody(
        @Schema(description = "APPOINTMENT or TRANSPORT_PICKUP") AppointmentKind kind,
        @Schema(description = "ISO 8601 with its offset: 2026-12-09T10:30:00-05:00") OffsetDateTime startsAt,
        @Schema(description = "the address the client goes to, or for a ride is picked up at") String place,
        @Schema(description = "a provider of the directory; taken from the service when only that is given")
        Long providerId,
        @Schema(description = "one of this case's booked services (provider referrals); for a ride, a transport one")
        Long referralId,
        @Schema(description = "to move: the version read") Long version) {

    AppointmentRequest request() {
        return new AppointmentRequest(kind, instant(), place, providerId, referralId);
    }

    java.time.Instant instant() {
        return startsAt == null ? null : startsAt.toInstant();
    }
}
