/**
 * A case's appointments and rides (issue 22): when and where the client is expected (a visit at a provider, the
 * first day of a service, a transport pickup). Each change is published as an event ({@link AppointmentScheduled},
 * {@link AppointmentMoved}, {@link AppointmentCancelled}) in the caller's transaction, so the reminders that hang on
 * an appointment are created, moved and cancelled with it or not at all.
 */
package org.casecoordination.appointments;
