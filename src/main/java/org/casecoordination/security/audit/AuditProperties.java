package org.casecoordination.security.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.audit.*
 *
 * @param retention how long audit events are kept; six years by default, as HIPAA keeps its documentation
 * @param cleanupCron when events older than the retention are deleted (Spring cron; "-" switches it off)
 * @param basicLoginInterval an HTTP Basic caller counts as logging in again after this long (see BasicLogins)
 * @param repeatedViewWindow a successful view of a record by the same user within this long after their last one
 *                           is not written again (Tasklist asks for one task several times per opening); 0 writes
 *                           every view
 */
@ConfigurationProperties("case-coordination.audit")
public record AuditProperties(
        @DefaultValue("P2190D") Duration retention,
        @DefaultValue("0 30 3 * * *") String cleanupCron,
        @DefaultValue("PT30M") Duration basicLoginInterval,
        @DefaultValue("PT1M") Duration repeatedViewWindow) {
}
