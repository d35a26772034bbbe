package org.casecoordination.arrangement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.referrals.*
 *
 * @param mailFrom the sender of referral, transport and cancellation emails to providers
 */
@ConfigurationProperties("case-coordination.referrals")
public record ReferralMailProperties(@DefaultValue("referrals@case-coordination.example.org") String mailFrom) {
}
