package org.casecoordination.consent;

/**
 * Where a consent stands on a given day. Derived, never stored: it follows from the period and the revocation,
 * so it cannot drift. FHIR Consent.status is {@code active} for ACTIVE and NOT_YET_VALID (the provision period
 * decides) and {@code inactive} for EXPIRED and REVOKED.
 */
public enum ConsentState {
    ACTIVE("Active"), NOT_YET_VALID("Not yet valid"), EXPIRED("Expired"), REVOKED("Revoked");

    private final String label;

    ConsentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
