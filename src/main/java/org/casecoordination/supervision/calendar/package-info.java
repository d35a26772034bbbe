/**
 * The business calendar (working days, hours, holidays, the agency's time zone) and the SLA times: published as the
 * supervision module's "calendar" interface, so reports count days and deadlines as the due dates do.
 */
@NamedInterface("calendar")
package org.casecoordination.supervision.calendar;

import org.springframework.modulith.NamedInterface;
