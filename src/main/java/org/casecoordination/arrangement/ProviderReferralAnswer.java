package org.casecoordination.arrangement;

import java.time.LocalDate;

/** A provider's answer to a referral: accepted with an optional start date, or declined with a reason. */
public record ProviderReferralAnswer(boolean accepted, String reason, LocalDate startDate) {
}
