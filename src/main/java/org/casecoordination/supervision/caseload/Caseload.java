package org.casecoordination.supervision.caseload;

import java.util.List;

/** A team's caseload, one row per coordinator of the team. */
public record Caseload(String team, List<CoordinatorLoad> coordinators) {
}
