package org.casecoordination.casefile;

/** Published in the engine's transaction that moved the case record to closed: work that hangs on the case ends. */
public record CaseClosed(long caseId, String caseNumber) {
}
