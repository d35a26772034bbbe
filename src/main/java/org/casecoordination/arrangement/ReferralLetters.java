package org.casecoordination.arrangement;

import java.util.Optional;

/**
 * The referral letter that goes with a referral's email as a PDF attachment. The documents module makes and keeps
 * it (this module does not reach into documents; documents implements this). Called only when an email goes out.
 */
public interface ReferralLetters {

    /**
     * The letter for this service referral, made once and kept with the case (a retried or repeated email attaches
     * the same one); empty for a referral that has no letter (a booked ride).
     */
    Optional<Letter> letterFor(ProviderReferral referral);

    /** The file as the provider receives it. */
    record Letter(String fileName, byte[] content) {
    }
}
