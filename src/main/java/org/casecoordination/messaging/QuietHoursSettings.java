package org.casecoordination.messaging;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When texts wait (case-coordination.sms.quiet-hours.*), in the business calendar's time zone; see {@link QuietHours}.
 *
 * @param start when quiet hours begin each day (21:00 by default); later than {@code end} runs across midnight
 * @param end when they end and held texts go out (08:00 by default); equal to {@code start} means none
 */
@ConfigurationProperties("case-coordination.sms.quiet-hours")
public record QuietHoursSettings(@DefaultValue("21:00") LocalTime start, @DefaultValue("08:00") LocalTime end) {
}
