package org.casecoordination.assessment;

import java.util.Map;

/** What has been scored for a case so far. */
public interface AssessmentResults {

    /** The most recent result of each instrument given on the case, keyed by instrument code (e.g. "PHQ9"). */
    Map<String, InstrumentResult> latestByInstrument(long caseId);
}
