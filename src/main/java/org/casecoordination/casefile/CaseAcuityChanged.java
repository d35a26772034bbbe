package org.casecoordination.casefile;

/**
 * Published (in the transaction that changed it) when a case's acuity changes, so that views keeping their own
 * copy of it, such as task list rows, follow.
 */
public record CaseAcuityChanged(long caseId, String caseNumber, Acuity acuity) {
}
