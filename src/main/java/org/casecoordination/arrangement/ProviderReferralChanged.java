package org.casecoordination.arrangement;

import java.time.LocalDate;

/**
 * Published in the transaction that changed a referral's status or its agreed start, so that modules which hang
 * work on a referral (the client's reminders) follow it without arrangement knowing them.
 *
 * @param startDate the agreed first day of the service, or null when none is agreed yet
 * @param statusChanged true when the status changed, false when only the agreed start did
 */
public record ProviderReferralChanged(long referralId, String caseNumber, ServiceType serviceType,
        ProviderReferralStatus status, LocalDate startDate, boolean statusChanged) {
}
