package org.casecoordination.reports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * Loop closure of the provider referrals sent in the period (HL7 Gravity's closed loop): how many were sent, how
 * many the provider answered (accepted or declined), and how many were delivered (the service started or was
 * completed), each as a share of those sent.
 */
@Component
class ReferralLoop implements Measure {

    private final ProviderReferralHistory history;
    private final Words words;

    ReferralLoop(ProviderReferralHistory history, Words words) {
        this.history = history;
        this.words = words;
    }

    @Override
    public String key() {
        return "referralLoop";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        List<ProviderReferralHistory.Sent> sent = history.sentIn(filter);
        return new MeasureTable(key(), List.of("referrals", "shareOfSent"), List.of(
                row("sent", sent, s -> true),
                row("answered", sent, s -> s.answeredAt() != null),
                row("delivered", sent, ProviderReferralHistory.Sent::delivered)));
    }

    private MeasureRow row(String key, List<ProviderReferralHistory.Sent> sent,
            Predicate<ProviderReferralHistory.Sent> counted) {
        List<ProviderReferralHistory.Sent> these = sent.stream().filter(counted).toList();
        Set<Long> cases = new LinkedHashSet<>(these.stream().map(ProviderReferralHistory.Sent::caseId).toList());
        return new MeasureRow(key, words.text("reports.referralLoop." + key), List.of(
                Figure.weighted("referrals", these.size(), cases),
                new Figure("shareOfSent", Figure.Kind.SHARE, sent.isEmpty() ? null : 100.0 * these.size() / sent.size(),
                        sent.size(), cases)));
    }
}
