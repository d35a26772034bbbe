package org.casecoordination.fhir;

import java.time.Instant;
import java.util.List;

/** One bulk export as stored (V60): what was asked, by whom, and how far it got. */
record ExportJob(String id, String team, String requestedBy, Instant requestedAt, String requestUrl,
        List<String> types, Instant since, List<Long> caseIds, State state, int casesDone, Integer casesTotal,
        Instant expiresAt, String failure) {

    enum State {
        /** Asked for; no node has started it (or the last attempt failed and it waits for another). */
        QUEUED,
        /** A node builds it while its claim holds. */
        RUNNING,
        /** Its files can be downloaded until it expires. */
        DONE,
        /** Every attempt failed. */
        FAILED
    }

    /** Only the cases of an administrator's emergency accesses, rather than the whole team. */
    boolean limitedToCases() {
        return caseIds != null;
    }
}
