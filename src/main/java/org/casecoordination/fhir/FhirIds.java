package org.casecoordination.fhir;

/**
 * The identifiers and code systems this server names. Ours live under one base, documented in docs/fhir.md; a case
 * is served under its case number (CC-2026-000123 is a valid FHIR id), a client under the record's number.
 */
final class FhirIds {

    static final String BASE = "https://casecoordination.org/fhir";
    static final String CASE_NUMBER_SYSTEM = BASE + "/sid/case-number";
    static final String CLIENT_NUMBER_SYSTEM = BASE + "/sid/client-number";
    static final String CASE_STAGE_SYSTEM = BASE + "/CodeSystem/case-stage";

    private FhirIds() {
    }

    /** "Patient/12" or "12" → 12; anything else is not one of our clients. */
    static Long clientId(String reference) {
        String id = reference.startsWith("Patient/") ? reference.substring("Patient/".length()) : reference;
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
