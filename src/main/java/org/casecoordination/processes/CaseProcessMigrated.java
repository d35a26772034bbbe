package org.casecoordination.processes;

/**
 * Published, in the transaction that records it, when a case's process instance has moved to another version of
 * its process: the case file writes the timeline line naming who started the migration.
 */
public record CaseProcessMigrated(String caseNumber, String startedBy, String processKey, int fromVersion,
        int toVersion) {
}
