package org.casecoordination.appointments;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.casecoordination.arrangement.ServiceType;

/** An appointment as the case page's panel and the JSON API show it, cancelled and past ones too. */
public record AppointmentView(long id, AppointmentKind kind, Instant startsAt,
        @Schema(description = "the day and time on the agency's clock (the business calendar's time zone)")
        LocalDateTime localStartsAt,
        @Schema(description = "the business calendar's time zone, an IANA name") String timeZone,
        @Schema(description = "the address the client goes to, or for a ride is picked up at") String place,
        Long providerId, String providerName, Long referralId,
        @Schema(description = "the service it belongs to; for a ride, the service the ride takes the client to")
        ServiceType service,
        AppointmentStatus status,
        @Schema(description = "its time has come") boolean past,
        @Schema(description = "send it back to move the appointment (or as If-Match)") long version,
        String createdBy, Instant createdAt, String changedBy, Instant changedAt) {

    /** Still ahead and not cancelled: the panel lists these first. */
    public boolean upcoming() {
        return status == AppointmentStatus.SCHEDULED && !past;
    }

    public boolean cancelled() {
        return status == AppointmentStatus.CANCELLED;
    }

    /** For the page's day and time words ({@code system.Dates} shows a zoned time as it is). */
    public ZonedDateTime onTheClock() {
        return localStartsAt.atZone(ZoneId.of(timeZone));
    }
}
