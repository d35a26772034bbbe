/**
 * Text messages to clients and caregivers (issue 22): the gateway layer reminders send through. A message is
 * written to the case's delivery log and sent by an engine job after the caller's transaction commits
 * (processes/text-message.bpmn), retried by the engine while the provider is down, held through quiet hours,
 * never sent to a number that texted STOP. Twilio's REST API sends; its status callback and inbound webhook
 * ({@code /api/sms/twilio/*}, checked by {@code X-Twilio-Signature}) move the log and record STOP and START.
 */
package org.casecoordination.messaging;
