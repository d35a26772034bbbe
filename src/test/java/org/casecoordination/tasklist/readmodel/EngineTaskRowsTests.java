package org.casecoordination.tasklist.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rows a rebuild or re-sync writes are the rows the task events wrote, for every process a case runs. */
@ApplicationTest
class EngineTaskRowsTests {

    @Autowired
    Cases cases;
    @Autowired
    EngineTaskRows engine;
    @Autowired
    TaskListTable table;
    @Autowired
    TaskListMaintenance maintenance;

    @Test
    void aServiceArrangementTaskBelongsToTheCaseItWasCalledFor() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        Task selectProvider = cases.task(caseNumber, ServiceArrangementProcess.TASK_SELECT_PROVIDER);
        TaskListRow written = table.rowsOfInstances(List.of(selectProvider.getProcessInstanceId()))
                .get(selectProvider.getId());
        assertThat(written).as("written by the task events").isNotNull();

        assertThat(engine.rows()).containsEntry(selectProvider.getId(), written);
        assertThat(engine.rowsOf(List.of(selectProvider.getProcessInstanceId())))
                .containsExactlyEntriesOf(java.util.Map.of(selectProvider.getId(), written));
        assertThat(maintenance.resync(List.of(selectProvider.getProcessInstanceId()))).as("nothing to change")
                .isZero();
        // other test classes in this shared database may leave rows of their own out of step on purpose
        var report = maintenance.check();
        assertThat(report.missing()).doesNotContain(selectProvider.getId());
        assertThat(report.extra()).doesNotContain(selectProvider.getId());
        assertThat(report.different()).doesNotContainKey(selectProvider.getId());
    }
}
