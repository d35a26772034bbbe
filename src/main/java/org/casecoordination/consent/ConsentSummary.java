package org.casecoordination.consent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One consent as the case page and the JSON API show it, with its state on the day it is shown. A {@code null}
 * recipient means any provider for service arrangement. {@code signedDocumentId} is the signed consent form it was
 * recorded from (a document of {@code recordedFromCase}), null when it was entered on the page.
 */
public record ConsentSummary(Long id, ConsentPurpose purpose, String recipient, LocalDate givenOn,
        LocalDate validUntil, ConsentState state, String recordedFromCase, String recordedBy, Instant recordedAt,
        LocalDate revokedOn, String revokedBy, String revocationReason, Long signedDocumentId) {

    static ConsentSummary of(Consent c, LocalDate today) {
        return of(c, today, true);
    }

    /**
     * A consent is the client's and counts for all their cases; which other team's case it was recorded from is
     * not this team's business (minimum necessary), so that case number is left out.
     */
    static ConsentSummary of(Consent c, LocalDate today, boolean recordedFromVisible) {
        return new ConsentSummary(c.getId(), c.getPurpose(), c.getRecipient(), c.getGivenOn(), c.getValidUntil(),
                c.stateOn(today), recordedFromVisible ? c.getRecordedFromCase().getCaseNumber() : null,
                c.getRecordedBy(), c.getRecordedAt(), c.getRevokedOn(), c.getRevokedBy(), c.getRevocationReason(),
                c.getSignedDocumentId());
    }

    public String recipientDescription() {
        return recipient == null ? "any provider for service arrangement" : recipient;
    }
}
