package org.casecoordination.fhir;

import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.consent.Consent;

/**
 * What would reveal substance-use treatment (42 CFR Part 2) and so never leaves through FHIR for a staff reader:
 * a substance-use primary concern, a consent to disclose substance-use information (its mere existence says the
 * client is in treatment), a referral to a substance-use program or one that carried Part 2 information (its Task,
 * its ServiceRequest, a care plan's activity, a care team's member).
 * A FHIR reader is a system whose recipients no consent of the client names, so no consent covers it; the
 * substance-use screens follow the same rule ({@link InstrumentResources#isServed}). A provider sees a referral sent
 * to it with Part 2 information under the client's consent naming it (the ServiceRequest, with its redisclosure
 * notice), and nothing of this.
 */
final class Part2Rule {

    private Part2Rule() {
    }

    static boolean served(PrimaryConcern concern) {
        return concern != PrimaryConcern.SUBSTANCE_USE;
    }

    static boolean served(Consent consent) {
        return !consent.getPurpose().isPart2();
    }

    /**
     * Whether staff's FHIR readers may see a referral, as a Task and ServiceRequest or named in another resource (a
     * care plan's activity, a care team's member): not one to a substance-use program, and not one sent with Part 2
     * information under the client's consent (its redisclosure notice alone says the client has such records).
     */
    static boolean named(ProviderReferral referral) {
        return referral.getServiceType() != ServiceType.SUBSTANCE_USE_PROGRAM
                && referral.getRedisclosureNotice() == null;
    }
}
