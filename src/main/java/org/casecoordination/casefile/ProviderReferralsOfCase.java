package org.casecoordination.casefile;

import java.time.Instant;
import java.util.List;

/**
 * The referrals to providers made for a case, as the case's JSON view lists them; the service arrangement module
 * answers, so the case file need not import it.
 */
public interface ProviderReferralsOfCase {

    List<Summary> of(CareCase careCase);

    record Summary(Long id, String serviceType, Long providerId, String provider, String status,
            Instant statusChangedAt) {
    }
}
