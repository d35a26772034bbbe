package org.casecoordination.reminders;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.reminders.*: the hour of "the day before" reminders, in the business calendar's time zone
 * (the lead times themselves are timers in processes/client-reminder.bpmn), and the number a reminder says to call.
 *
 * @param dayBeforeAt the time of day the day-before reminder goes out (18:00 unless set)
 * @param phone the agency's number clients call with questions, as printed in documents
 */
@ConfigurationProperties("case-coordination.reminders")
public record ReminderSettings(@DefaultValue("18:00") LocalTime dayBeforeAt, String phone) {
}
