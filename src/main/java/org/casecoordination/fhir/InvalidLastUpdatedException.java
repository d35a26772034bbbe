package org.casecoordination.fhir;

/** A {@code _lastUpdated} value this server cannot read: the answer says how one is written. */
class InvalidLastUpdatedException extends InvalidSearchException {

    InvalidLastUpdatedException(String value) {
        super(LastUpdated.PARAMETER, value);
    }

    @Override
    public String messageKey() {
        return "fhir.error.invalidLastUpdated";
    }
}
