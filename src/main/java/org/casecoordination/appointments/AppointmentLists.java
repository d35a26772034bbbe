package org.casecoordination.appointments;

import java.util.List;

/**
 * What the case page's panel (fragments/appointments-panel) shows: those still ahead, soonest first; past and
 * cancelled ones, latest first; the agency's time zone in the reader's words; no changes on a closed case.
 */
public record AppointmentLists(List<AppointmentView> upcoming, List<AppointmentView> earlier, String timeZone,
        boolean readOnly) {
}
