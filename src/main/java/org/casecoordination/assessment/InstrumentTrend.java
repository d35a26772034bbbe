package org.casecoordination.assessment;

import java.util.List;

/**
 * One instrument's results on a case, for the case page: a table (the latest first) and, for instruments with a
 * total, the chart's data as JSON for {@code data-chart} (the page allows no inline script).
 *
 * @param chart {"label", "labels" (times), "scores", "max"}; null for the AHC screen, which has no total
 */
public record InstrumentTrend(Instrument instrument, List<AssessmentResult> results, String chart) {
}
