package org.casecoordination.consent;

/**
 * What must accompany every disclosure of substance-use information made with the client's consent, 42 CFR 2.32 as
 * amended by the 2024 final rule (89 FR 12472, February 16, 2024; compliance from February 16, 2026), now titled
 * "Notice and copy of consent to accompany disclosure":
 * <ul>
 *   <li>(a) one of two statements, word for word. {@link #TEXT} is (a)(1), "Statement 1"; the short (a)(2),
 *   "Statement 2" ("42 CFR part 2 prohibits unauthorized use or disclosure of these records."), is deliberately
 *   not used, since providers of social services rarely know the rule;</li>
 *   <li>(b) a copy of the consent or a clear explanation of its scope: {@link #scopeOf}.</li>
 * </ul>
 * Checked against the amended section's text (the 2024 rule's Statement 1 as republished, e.g. on
 * compliancecosmos.org, "Notice and copy of consent to accompany disclosure"); the pre-2024 eCFR text
 * ("Prohibition on re-disclosure", one paragraph ending "...except as provided at §§ 2.12(c)(5) and 2.65") is
 * superseded. Check again at https://www.ecfr.gov/current/title-42/part-2/section-2.32 when the rule changes.
 */
public final class RedisclosureNotice {

    public static final String SOURCE = "42 CFR 2.32(a)(1) and (b)";

    public static final String TEXT = """
            This record which has been disclosed to you is protected by Federal confidentiality rules \
            (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that \
            describes the information contained in this record, in any civil, criminal, administrative, or \
            legislative proceedings by any Federal, State, or local authority, against the patient, unless \
            authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by \
            a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making \
            any other use or disclosure of this record unless at least one of the following applies: \
            (i) Further use or disclosure is expressly permitted by the written consent of the individual whose \
            information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. \
            (ii) You are a covered entity or business associate and have received the record for treatment, \
            payment, or health care operations, or \
            (iii) You have received the record from a covered entity or business associate as permitted by \
            45 CFR part 164, subparts A and E. \
            A general authorization for the release of medical or other information is NOT sufficient to meet the \
            required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).""";

    /**
     * 42 CFR 2.32(b): the consent's scope in words, sent with the statement: what it covers, to whom, from when
     * and until when, and that it can be revoked. Ids and dates only come from the consent, never a note.
     */
    static String scopeOf(Consent consent) {
        return "Scope of the consent this disclosure relies on: " + consent.getPurpose().label() + ", to "
                + (consent.getRecipient() == null ? "any provider the client is referred to for services"
                        : consent.getRecipient())
                + ", given " + consent.getGivenOn()
                + (consent.getValidUntil() == null ? ", with no end date" : ", valid until " + consent.getValidUntil())
                + ". The client may revoke it at any time; uses and disclosures beyond this scope are not "
                + "covered.";
    }

    private RedisclosureNotice() {
    }
}
