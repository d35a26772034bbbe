package org.casecoordination.consent;

/**
 * Where a consent stands on a given day. Derived, never stored: it follows from the period and the revocation,
 * so it cannot drift. FHIR Consent.status is {@code active} for ACTIVE and NOT_YET_VALID (the provision period
 * decides) and {@code inactive} for EXPIRED and REVOKED. Words: consentState.CODE in the message bundles.
 */
public enum ConsentState {
    ACTIVE, NOT_YET_VALID, EXPIRED, REVOKED;
}
