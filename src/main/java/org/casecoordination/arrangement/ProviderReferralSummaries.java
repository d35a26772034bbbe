package org.casecoordination.arrangement;

import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.ProviderReferralsOfCase;
import org.springframework.stereotype.Component;

/** The case's JSON view lists the referrals sent to providers for it. */
@Component
class ProviderReferralSummaries implements ProviderReferralsOfCase {

    private final ProviderReferrals referrals;

    ProviderReferralSummaries(ProviderReferrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<Summary> of(CareCase careCase) {
        return referrals.ofCase(careCase).stream().map(r -> new Summary(r.getId(), r.getServiceType().name(),
                r.getProvider().getId(), r.getProvider().getName(), r.getStatus().name(), r.getStatusChangedAt()))
                .toList();
    }
}
