package org.casecoordination.processes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The case lifecycle's settings at the top of case-coordination.*, read where cases start or reopen.
 *
 * @param reassessmentInterval how often an open case is reassessed (ISO-8601 duration, the diagram's
 *                             reassessmentInterval variable); checked at start, so a typo stops the start and not
 *                             the timer of every new case
 */
@ConfigurationProperties("case-coordination")
public record LifecycleProperties(
        @DefaultValue(CaseLifecycleProcess.Variables.DEFAULT_REASSESSMENT_INTERVAL) Duration reassessmentInterval) {

    /** As the diagram's timer reads it: {@code P180D}, not Java's {@code PT4320H}. */
    public String reassessmentIntervalIso() {
        long days = reassessmentInterval.toDays();
        return reassessmentInterval.equals(Duration.ofDays(days)) ? "P" + days + "D" : reassessmentInterval.toString();
    }
}
