package org.casecoordination.reports;

/** One case behind a number of a report, as the drill-down lists it. */
public record CaseLine(String caseNumber, String firstName, String lastName, String stage, String owner) {
}
