package org.casecoordination.arrangement;

import org.casecoordination.casefile.TimelineText;

/**
 * Why a referral's status changed: words a person typed, kept as typed, or the system's words as a message key with
 * its arguments, shown in each reader's language. {@code written} is what is stored as the reason either way (the
 * English for the system's words): what the API and the provider's email read, and all older rows have.
 */
record StatusReason(String written, TimelineText text) {

    static StatusReason typed(String words) {
        return words == null ? null : new StatusReason(words, null);
    }
}
