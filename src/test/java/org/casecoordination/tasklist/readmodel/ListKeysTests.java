package org.casecoordination.tasklist.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.casecoordination.processes.CaseStage;
import org.junit.jupiter.api.Test;

/** Which list a row is on: the team's queue, the team's supervisors' queue, or its assignee's tasks. */
class ListKeysTests {

    private static final CaseFacts NORTH = new CaseFacts(1, "CC-2026-000001", "Ann Miller", "MILLER ANN",
            "team-north", "cora", CaseStage.CLOSURE, null, 0);

    @Test
    void aTaskOfferedToTheSupervisorsIsOnTheSupervisorsQueueOfTheCasesTeam() {
        assertThat(row(null, "supervisors").listKey()).isEqualTo("s:team-north");
        assertThat(row(null, "supervisors").candidateGroup()).isEqualTo("supervisors");
        assertThat(row(null, "supervisors", "team-north").listKey()).as("an older diagram's team too")
                .isEqualTo("s:team-north");
        assertThat(row(null, "team-north").listKey()).isEqualTo("g:team-north");
        assertThat(row("sam", "supervisors").listKey()).isEqualTo("u:sam");
        assertThat(row(null).listKey()).isNull();
    }

    private static TaskListRow row(String assignee, String... candidateGroups) {
        return TaskListRow.of(new TaskFacts("t1", "Approve closure", "Task_ApproveClosure", "p1", assignee,
                Set.of(candidateGroups), null, 50, Instant.EPOCH), NORTH);
    }
}
