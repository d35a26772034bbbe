/**
 * Reminders to clients and caregivers (issue 22, items 2, 3 and 7): an accepted service's start, each appointment
 * and ride pickup, a referral accepted, by text and email to the client and each contact the client consents to
 * reaching on that channel, in their language, saying where and when but never why. Timing lives in
 * processes/client-reminder.bpmn (lead times are timers analysts change); this module starts, moves and cancels its
 * instances from the events of appointments, arrangement and casefile, writes each message to the case's delivery
 * log (messaging) and sends it from the diagram's retried asynchronous step.
 */
package org.casecoordination.reminders;
