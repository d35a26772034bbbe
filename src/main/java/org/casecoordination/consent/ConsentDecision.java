package org.casecoordination.consent;

import org.casecoordination.casefile.TimelineText;

/**
 * The answer of {@link ConsentCheck}: allowed, or the reason why not in words a coordinator can act on.
 *
 * @param allowed            whether the disclosure may go ahead
 * @param reason             why not, in English (logs, the process's error message); {@code null} when allowed
 * @param consentId          the consent the disclosure relies on; {@code null} when refused
 * @param redisclosureNotice the notice to send with the disclosure (Part 2 only); {@code null} otherwise
 * @param consentScope       the consent's scope to send with it too, 42 CFR 2.32(b) (Part 2 only); {@code null}
 *                           otherwise
 * @param reasonText         why not as a message key with its arguments, to show in the reader's language
 *                           ({@code casefile.TimelineWords}); {@code null} when allowed
 */
public record ConsentDecision(boolean allowed, String reason, Long consentId, String redisclosureNotice,
        String consentScope, TimelineText reasonText) {

    static ConsentDecision allowedBy(Consent consent) {
        boolean part2 = consent.getPurpose().isPart2();
        return new ConsentDecision(true, null, consent.getId(), part2 ? RedisclosureNotice.TEXT : null,
                part2 ? RedisclosureNotice.scopeOf(consent) : null, null);
    }

    static ConsentDecision refused(TimelineText reason, String english) {
        return new ConsentDecision(false, english, null, null, null, reason);
    }
}
