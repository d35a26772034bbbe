package org.casecoordination.client.consent;

/**
 * The answer of {@link ConsentCheck}: allowed, or the reason why not in words a coordinator can act on.
 *
 * @param allowed            whether the disclosure may go ahead
 * @param reason             why not; {@code null} when allowed
 * @param consentId          the consent the disclosure relies on; {@code null} when refused
 * @param redisclosureNotice the notice to send with the disclosure (Part 2 only); {@code null} otherwise
 */
public record ConsentDecision(boolean allowed, String reason, Long consentId, String redisclosureNotice) {

    static ConsentDecision allowedBy(Consent consent) {
        return new ConsentDecision(true, null, consent.getId(),
                consent.getPurpose().isPart2() ? RedisclosureNotice.TEXT : null);
    }

    static ConsentDecision refused(String reason) {
        return new ConsentDecision(false, reason, null, null);
    }
}
