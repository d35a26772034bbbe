package org.casecoordination.documents;

import java.util.Arrays;
import java.util.Set;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.client.PrimaryConcern;

/**
 * What in a case is substance-use information under 42 CFR Part 2: the client's primary concern, a substance-use
 * program, the substance-use screenings (AUDIT-C, CAGE-AID). A document that may leave the record (the hand-over
 * summary) names none of it, only that there is restricted information to read in the record, where every read is
 * logged. The same signals as the referral's consent check (arrangement.ProviderReferrals).
 */
final class Part2Information {

    private static final Set<String> INSTRUMENTS = Set.of("AUDITC", "CAGEAID");

    static boolean concernOf(CareCase careCase) {
        return careCase.getClient().getPrimaryConcern() == PrimaryConcern.SUBSTANCE_USE;
    }

    static boolean service(ServiceType type) {
        return type == ServiceType.SUBSTANCE_USE_PROGRAM;
    }

    static boolean instrument(String code) {
        return INSTRUMENTS.contains(code);
    }

    /** A safety flag's reason ("PHQ9, AUDITC") that names a substance-use screening. */
    static boolean inReason(String reason) {
        return reason != null && Arrays.stream(reason.split(",\\s*")).anyMatch(Part2Information::instrument);
    }

    private Part2Information() {
    }
}
