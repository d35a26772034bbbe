package org.casecoordination.assessment;

/** Published in the transaction that stored a scored instrument for a case. */
public record AssessmentRecorded(long caseId, String caseNumber, InstrumentResult result) {
}
