package org.casecoordination.supervision.caseload;

import java.util.Date;
import java.util.List;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.tasklist.TaskAlert;

/** What one coordinator of a team holds: the open cases they own and the open tasks assigned to them. */
public record CoordinatorWork(String team, String userId, List<OwnedCase> cases, List<HeldTask> tasks) {

    public List<String> caseNumbers() {
        return cases.stream().map(OwnedCase::caseNumber).toList();
    }

    public record OwnedCase(String caseNumber, CaseStage stage, Acuity acuity) {
    }

    /** {@code alert}: a crisis or safety task, or a task of a flagged case (red, listed first); else null. */
    public record HeldTask(String id, String name, String caseNumber, Date due, boolean overdue, TaskAlert alert) {
    }
}
