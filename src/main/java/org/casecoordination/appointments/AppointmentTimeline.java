package org.casecoordination.appointments;

import java.time.Instant;
import org.casecoordination.arrangement.Provider;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * An appointment's lines on the case timeline, in the reader's language: "Appointment at Northside Clinic on Mar 14,
 * 2031, 10:30 AM scheduled by Cora Lindqvist". Times are moments, shown on the agency's clock like every time on
 * the pages ({@code system.Dates}); the place is the provider's name when there is one, else the address.
 */
@Component
class AppointmentTimeline {

    private final CaseTimeline timeline;
    private final AppointmentLinks links;
    private final CurrentUser currentUser;

    AppointmentTimeline(CaseTimeline timeline, AppointmentLinks links, CurrentUser currentUser) {
        this.timeline = timeline;
        this.links = links;
        this.currentUser = currentUser;
    }

    void scheduled(CareCase careCase, Appointment appointment) {
        timeline.record(careCase, TimelineKind.APPOINTMENT_SCHEDULED, "timeline.appointment.scheduled",
                appointment.getKind(), where(appointment), appointment.getStartsAt(), byWhoever());
    }

    void moved(CareCase careCase, Appointment appointment, Instant from) {
        timeline.record(careCase, TimelineKind.APPOINTMENT_MOVED, "timeline.appointment.moved",
                appointment.getKind(), where(appointment), from, appointment.getStartsAt(),
                byWhoever());
    }

    void cancelled(CareCase careCase, Appointment appointment) {
        timeline.record(careCase, TimelineKind.APPOINTMENT_CANCELLED, "timeline.appointment.cancelled",
                appointment.getKind(), where(appointment), appointment.getStartsAt(), byWhoever());
    }

    private String where(Appointment appointment) {
        return links.provider(appointment.getProviderId()).map(Provider::getName).orElse(appointment.getPlace());
    }

    private TimelineText.Person byWhoever() {
        return TimelineText.Words.person(currentUser.id());
    }
}
