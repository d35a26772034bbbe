package org.casecoordination.casefile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.emergency-access.*
 *
 * @param duration how long an administrator's emergency access to one case lasts once a reason is given
 */
@ConfigurationProperties("case-coordination.emergency-access")
public record EmergencyAccessProperties(@DefaultValue("PT1H") Duration duration) {
}
