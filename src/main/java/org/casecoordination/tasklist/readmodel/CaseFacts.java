package org.casecoordination.tasklist.readmodel;

import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.tasklist.TaskAlert;

/** What a task list row shows of its case. */
public record CaseFacts(long id, String caseNumber, String clientName, String nameKey, String team, String owner,
        CaseStage stage, Acuity acuity, int alertRank) {

    /** {@code alertRank}: the most urgent of the case's open flags ({@link TaskAlert}), 0 without one. */
    static CaseFacts of(CareCase careCase, int alertRank) {
        return new CaseFacts(careCase.getId(), careCase.getCaseNumber(), careCase.getClient().fullName(),
                TaskListRow.nameKey(careCase.getClient().getLastName(), careCase.getClient().getFirstName()),
                careCase.getTeam(), careCase.getOwner(), careCase.getStage(), careCase.getAcuity(), alertRank);
    }
}
