package org.casecoordination.documents;

/** What an uploaded file is, as the coordinator chooses it from a list (labels: uploadKind.*). */
public enum UploadKind {
    /** A consent form the client signed on paper, scanned: the alternative to signing on the tablet. */
    SIGNED_CONSENT_SCAN,
    LETTER_RECEIVED,
    MEDICAL_RECORD,
    IDENTITY_OR_INSURANCE,
    OTHER
}
