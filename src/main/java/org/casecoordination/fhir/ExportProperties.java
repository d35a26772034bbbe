package org.casecoordination.fhir;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FHIR bulk exports (case-coordination.fhir-export.*).
 *
 * @param keepFor how long a finished export's files can be downloaded before the cleanup deletes them
 * @param claim how long a node holds a job it works on without renewing; a node that stopped is presumed gone
 *        after this and another node builds the job anew
 * @param casesPerStep at most how many cases are read in one transaction (and between two progress updates); a step
 *        ends sooner when people's requests come in
 * @param attempts how many times a job that fails is started again before it is reported as failed
 * @param checkInterval how often each node looks for jobs to take up (a stopped node's, or a failed attempt's)
 * @param cleanupInterval how often each node deletes expired exports
 * @param yieldAtMost how long a step waits at most, before it starts, while this node serves people's requests
 *        (zero: the export does not give way)
 * @param workAfterWaiting how long a step that waited {@code yieldAtMost} works before it gives way again
 */
@ConfigurationProperties("case-coordination.fhir-export")
record ExportProperties(
        @DefaultValue("PT24H") Duration keepFor,
        @DefaultValue("PT5M") Duration claim,
        @DefaultValue("50") int casesPerStep,
        @DefaultValue("3") int attempts,
        // read by the @Scheduled methods through their placeholders; declared here for the metadata and the guide
        @DefaultValue("PT30S") Duration checkInterval,
        @DefaultValue("PT15M") Duration cleanupInterval,
        @DefaultValue("PT0.5S") Duration yieldAtMost,
        @DefaultValue("PT0.025S") Duration workAfterWaiting) {
}
