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
    TRANSPORT_REQUEST("transport-request", true);

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

    public static Optional<DocumentKind> ofTemplate(String name) {
        return Arrays.stream(values()).filter(kind -> kind.template.equals(name)).findFirst();
    }
}
