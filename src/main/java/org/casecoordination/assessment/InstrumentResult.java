package org.casecoordination.assessment;

import java.time.Instant;
import java.util.List;

/**
 * The scored outcome of one administered instrument. {@code score} and {@code band} are null where the instrument
 * has none (AHC has no total; Lawton has no band); lists are empty, never null.
 */
public record InstrumentResult(
        String instrument,
        Integer score,
        String band,
        List<String> flags,
        List<String> positiveDomains,
        Instant administeredAt) {

    public static final String SAFETY_FLAG = "SAFETY";

    public InstrumentResult {
        flags = flags == null ? List.of() : List.copyOf(flags);
        positiveDomains = positiveDomains == null ? List.of() : List.copyOf(positiveDomains);
    }

    public boolean raisesSafetyConcern() {
        return flags.contains(SAFETY_FLAG);
    }
}
