package org.casecoordination.casefile;

/**
 * Published in the transaction that raised or resolved a flag of a case: lists that show flagged cases (the task
 * list's red rows) bring that case's rows up to date before it commits.
 */
public record CaseFlagsChanged(long caseId, String caseNumber) {
}
