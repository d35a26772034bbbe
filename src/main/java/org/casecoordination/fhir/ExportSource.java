package org.casecoordination.fhir;

import java.util.List;
import java.util.function.Function;
import org.casecoordination.casefile.CareCase;
import org.hl7.fhir.r4.model.Resource;

/**
 * One resource type of a bulk export: every resource of that type for one case, as the read API builds it and with
 * what the read API withholds left out. {@code since} says how {@code _since} is judged for the type. Two cases may
 * return the same resource only when they are the same client's (a Patient, a client's contacts): the export
 * writes it once, remembering one client's resources at a time.
 */
record ExportSource(String type, Since since, Function<CareCase, List<? extends Resource>> ofCase) {

    /** How a resource is judged against {@code _since}. */
    enum Since {
        /** By {@code meta.lastUpdated}; a resource without one is always included (better sent twice than missed). */
        LAST_UPDATED,
        /** The record keeps no time a change was made (a client's details): always included. */
        ALWAYS
    }

    static ExportSource of(String type, Function<CareCase, List<? extends Resource>> ofCase) {
        return new ExportSource(type, Since.LAST_UPDATED, ofCase);
    }

    boolean changedSince(Resource resource, java.time.Instant since) {
        if (since == null || this.since == Since.ALWAYS || resource.getMeta().getLastUpdated() == null) {
            return true;
        }
        return resource.getMeta().getLastUpdated().toInstant().isAfter(since);
    }
}
