package org.casecoordination.documents;

import java.util.Arrays;
import java.util.Optional;

/** The documents a case can produce; each is filled from {@code documents/<template>.<language>.html}. */
public enum DocumentKind {
    CARE_PLAN_SUMMARY("care-plan-summary", false),
    CLOSURE_LETTER("closure-letter", false),
    /** For the provider of one service referral: only what the provider needs. */
    REFERRAL_LETTER("referral-letter", true),
    /** For the transport provider of one booked ride. */
    TRANSPORT_REQUEST("transport-request", true),
    // consent forms signed on the tablet (ConsentForms): made on their own page, with the consent's fields
    /** The client's consent to share with providers, signed on the spot. */
    CONSENT_TO_SHARE("consent-to-share", false),
    /** The 42 CFR Part 2 consent to disclose substance-use information, with every element 2.31(a) requires. */
    PART2_CONSENT("part2-consent", false),
    /** For the colleague who takes the work over: in the staff member's language, not the client's. */
    HAND_OVER_SUMMARY("hand-over-summary", false),
    /** Everything the client may see of the case, for a request of access; making it is an export. */
    CLIENT_RECORD("client-record", false);

    private final String template;
    private final boolean ofReferral;

    DocumentKind(String template, boolean ofReferral) {
        this.template = template;
        this.ofReferral = ofReferral;
    }

    /** The template's base name, which is also the start of the stored file's name. */
    public String template() {
        return template;
    }

    /**
     * Made for one referral and read by its provider, not the client: written in the agency's first language,
     * and a referral must be chosen.
     */
    public boolean ofReferral() {
        return ofReferral;
    }

    /** A consent form: made and signed on its own page with the consent's fields, not from the panel's button. */
    public boolean isConsentForm() {
        return this == CONSENT_TO_SHARE || this == PART2_CONSENT;
    }

    /** Read by staff (a colleague taking over): written in the language of whoever makes it. */
    public boolean forStaff() {
        return this == HAND_OVER_SUMMARY;
    }

    public static Optional<DocumentKind> ofTemplate(String name) {
        return Arrays.stream(values()).filter(kind -> kind.template.equals(name)).findFirst();
    }
}
