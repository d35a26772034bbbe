package org.casecoordination.fhir;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.casecoordination.casefile.CareCase;

/** Small shared facts of a case for its resources: the latest of several times, how it closed. */
final class CaseTimes {

    /** The closure reason of a case closed because its work was done (close-case form). */
    static final String GOALS_MET = "GOALS_MET";

    private CaseTimes() {
    }

    /** The latest of the times given, leaving out those not known; null when none is. */
    static Instant latest(Instant... times) {
        return Arrays.stream(times).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    /** Closed for another reason than its goals being met (died, moved away, declined, not eligible, …). */
    static boolean closedEarly(CareCase careCase) {
        return careCase.isClosed() && !GOALS_MET.equals(careCase.getClosureReason());
    }
}
