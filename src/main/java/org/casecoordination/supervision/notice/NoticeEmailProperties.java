package org.casecoordination.supervision.notice;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff notice emails (case-coordination.notice-email.*): where links in them point, who sends them, when the
 * daily digest goes out (in the business calendar's time zone) and how a failing mail server is retried.
 *
 * @param publicUrl the address people open the app at ({@code https://cases.agency.org}); without it no email
 *        goes out, since an email without a working link is no use
 * @param mailFrom the sender of staff emails
 * @param digestAt the time of day of the daily digest, in the agency's time zone
 * @param retryAfter the wait before sending a failed email again (doubled after each failure)
 * @param attempts how many times an email is tried before it is recorded as failed
 * @param checkInterval how often each node looks for staff emails due (retries)
 * @param digestCheckInterval how often each node looks for digests due
 */
@ConfigurationProperties("case-coordination.notice-email")
public record NoticeEmailProperties(
        @DefaultValue("") String publicUrl,
        @DefaultValue("notices@case-coordination.example.org") String mailFrom,
        @DefaultValue("17:00") LocalTime digestAt,
        @DefaultValue("PT1M") Duration retryAfter,
        @DefaultValue("6") int attempts,
        // read by the @Scheduled jobs through their placeholders; declared here for the metadata and the guide
        @DefaultValue("PT1M") Duration checkInterval,
        @DefaultValue("PT5M") Duration digestCheckInterval) {
}
