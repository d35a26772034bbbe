package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a scorer makes of one complete answer set. {@code total} is null for the AHC screen (it has none),
 * {@code band} null for Lawton and AHC; lists are empty, never null.
 *
 * @param answers    the answers as they are stored: the validated set, in its canonical JSON form
 * @param sexApplied for AUDIT-C, whose threshold depends on it: the sex the threshold was taken for; else null
 */
public record Score(JsonNode answers, Integer total, String band, List<String> flags, List<String> positiveDomains,
        String sexApplied) {

    public Score {
        flags = flags == null ? List.of() : List.copyOf(flags);
        positiveDomains = positiveDomains == null ? List.of() : List.copyOf(positiveDomains);
    }
}
