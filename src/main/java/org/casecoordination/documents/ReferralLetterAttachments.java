package org.casecoordination.documents;

import java.util.Optional;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ReferralLetters;
import org.springframework.stereotype.Component;

/**
 * The referral letter for the referral email (arrangement.ProviderReferralMailer): made with the referral letter's
 * own rules (minimum necessary; the Part 2 notice only when the referral relies on that consent) and kept with the
 * case once, so the timeline and the Documents panel show what the provider received.
 */
@Component
class ReferralLetterAttachments implements ReferralLetters {

    private final CaseDocuments documents;

    ReferralLetterAttachments(CaseDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Optional<Letter> letterFor(ProviderReferral referral) {
        return documents.referralLetterFor(referral.getCareCase().getCaseNumber(), referral.getId())
                .map(letter -> new Letter(letter.getFileName(), letter.getContent()));
    }
}
