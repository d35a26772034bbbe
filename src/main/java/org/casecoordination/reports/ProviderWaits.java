package org.casecoordination.reports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * For the referrals sent in the period, by provider: how many were sent, days until the provider answered (median
 * and 90th percentile of those answered, in days of 24 hours), and how many still wait for an answer.
 */
@Component
class ProviderWaits implements Measure {

    private static final double SECONDS_A_DAY = 86_400;

    private final ProviderReferralHistory history;

    ProviderWaits(ProviderReferralHistory history) {
        this.history = history;
    }

    @Override
    public String key() {
        return "providerWaits";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        Map<String, List<ProviderReferralHistory.Sent>> byProvider = history.sentIn(filter).stream()
                .collect(Collectors.groupingBy(ProviderReferralHistory.Sent::providerName, TreeMap::new,
                        Collectors.toList()));
        List<MeasureRow> rows = new ArrayList<>();
        byProvider.forEach((name, sent) -> {
            List<ProviderReferralHistory.Sent> answered = sent.stream().filter(s -> s.answeredAt() != null).toList();
            List<ProviderReferralHistory.Sent> waiting = sent.stream().filter(s -> s.answeredAt() == null).toList();
            List<Double> days = answered.stream()
                    .map(s -> Duration.between(s.sentAt(), s.answeredAt()).getSeconds() / SECONDS_A_DAY).toList();
            rows.add(new MeasureRow(String.valueOf(sent.get(0).providerId()), name, List.of(
                    Figure.weighted("referrals", sent.size(), cases(sent)),
                    Figure.days("median", Percentiles.median(days), cases(answered)),
                    Figure.days("p90", Percentiles.p90(days), cases(answered)),
                    Figure.weighted("waiting", waiting.size(), cases(waiting)))));
        });
        return new MeasureTable(key(), List.of("referrals", "median", "p90", "waiting"), rows);
    }

    private static LinkedHashSet<Long> cases(List<ProviderReferralHistory.Sent> sent) {
        return new LinkedHashSet<>(sent.stream().map(ProviderReferralHistory.Sent::caseId).toList());
    }
}
