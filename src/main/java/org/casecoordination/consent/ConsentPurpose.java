package org.casecoordination.consent;

/**
 * What a consent allows (FHIR Consent.provision.purpose together with the class of information). Both purposes are
 * for arranging the client's services (treatment and care coordination); they differ in what may be disclosed.
 * A consent to disclose substance-use information does not imply a consent to share the rest of the case, nor the
 * other way round: a provider referral that includes substance-use information needs both.
 */
public enum ConsentPurpose {

    /** Share the case information a provider needs to deliver a service (name, contact, needs, concerns). */
    SHARE_WITH_PROVIDERS("Share with providers"),

    /**
     * Disclose substance-use information (42 CFR Part 2) to arrange and coordinate services. Each disclosure under
     * it carries the redisclosure notice ({@link RedisclosureNotice}).
     */
    SUBSTANCE_USE_DISCLOSURE("Disclose substance-use information (42 CFR Part 2)");

    private final String label;

    ConsentPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPart2() {
        return this == SUBSTANCE_USE_DISCLOSURE;
    }
}
