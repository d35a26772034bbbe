package org.casecoordination.reports;

import java.util.EnumMap;
import java.util.Map;
import org.casecoordination.casefile.Acuity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the supervisors' reports count with (case-coordination.reports.*, docs/operations.md).
 *
 * @param acuityWeights the weight of an open case of each acuity in the weighted caseload
 * @param unassessedWeight the weight of an open case not yet assessed (no acuity)
 * @param intakeCompletedDays the days from referral within which intake is complete (NY AIDS Institute: 15)
 * @param drillDownLimit how many cases a drill-down page lists at most (the count above it is always whole)
 */
@ConfigurationProperties("case-coordination.reports")
public record ReportsProperties(
        Map<Acuity, Integer> acuityWeights,
        @DefaultValue("1") int unassessedWeight,
        @DefaultValue("15") int intakeCompletedDays,
        @DefaultValue("500") int drillDownLimit) {

    public ReportsProperties {
        // the caseload page's weights: a critical case is about four times the work of a low one
        Map<Acuity, Integer> weights = new EnumMap<>(Map.of(Acuity.LOW, 1, Acuity.MODERATE, 2, Acuity.HIGH, 3,
                Acuity.CRITICAL, 4));
        if (acuityWeights != null) {
            weights.putAll(acuityWeights);
        }
        acuityWeights = Map.copyOf(weights);
        if (weights.values().stream().anyMatch(w -> w < 0) || unassessedWeight < 0) {
            throw new IllegalArgumentException("case-coordination.reports: weights must not be negative");
        }
    }

    public int weightOf(String acuity) {
        return acuity == null ? unassessedWeight : acuityWeights.get(Acuity.valueOf(acuity));
    }
}
