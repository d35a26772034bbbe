package org.casecoordination.arrangement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.casecoordination.forms.Prefill;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.tasklist.PrefillSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code referral.providerContact}: whom to call about the arrangement's referral ("Northside Home Care (Maria
 * Lopez), 555-0123, intake@northside.example"), from the provider directory, for the tasks after the selection
 * (chase the referral, confirm with the client).
 */
@Component
class ReferralContactPrefill implements PrefillSource {

    private final ProviderReferralRepository referrals;

    ReferralContactPrefill(ProviderReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public String source() {
        return Prefill.REFERRAL;
    }

    /** In a transaction of its own when the task page asks (no open session there), else in the engine's. */
    @Override
    @Transactional
    public Object value(String name, Function<String, Object> taskVariable) {
        if (!"providerContact".equals(name)
                || !(taskVariable.apply(ServiceArrangementProcess.Variables.REFERRAL_ID) instanceof Number id)) {
            return null;
        }
        return referrals.findById(id.longValue()).map(ProviderReferral::getProvider).map(ReferralContactPrefill::contact)
                .orElse(null);
    }

    private static String contact(Provider provider) {
        String name = provider.getContactName() == null || provider.getContactName().isBlank() ? provider.getName()
                : provider.getName() + " (" + provider.getContactName().strip() + ")";
        List<String> parts = new ArrayList<>(List.of(name));
        for (String way : new String[] {provider.getPhone(), provider.getEmail()}) {
            if (way != null && !way.isBlank()) {
                parts.add(way.strip());
            }
        }
        return String.join(", ", parts);
    }
}
