package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.SqlStatements;
import org.casecoordination.support.TaskFormPosts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What completing a task with its form costs (issue #17): the SQL statements of one completion through the form
 * page, and the request thread's CPU. No statement of a completion may read a whole table that grows with the
 * number of cases: at 100,000 open cases one such scan was a large part of a completion. The counts and the CPU
 * are printed for docs/benchmarks.md.
 */
@ApplicationTest
class CompletionCostTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    SqlStatements sql;

    @Test
    void noStatementOfACompletionReadsAWholeTableOfCases() throws Exception {
        complete(cases.open("team-north")); // the first one after start-up loads caches
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        List<SqlStatements.Statement> statements = sql.of(() -> complete(caseNumber, taskId));

        System.out.printf("completion with its form: %d SQL statements (%d distinct), %d commits%n",
                SqlStatements.total(statements), statements.size(), SqlStatements.commits(statements));
        assertThat(sql.scansOfCaseTables(statements)).isEmpty();
    }

    @Test
    void engineTaskByParentUsesAnIndex() {
        // the engine's statement when a task completes (its subtasks are deleted with it)
        assertThat(sql.plan("select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?")).contains("CC_IDX_TASK_PARENT")
                .doesNotContain("tableScan");
    }

    /** Not a measure the test judges (CPU depends on the machine): the median CPU of the request thread. */
    @Test
    void cpuPerCompletion() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String caseNumber = cases.open("team-north");
            long before = threads.getCurrentThreadCpuTime();
            complete(caseNumber, cases.task(caseNumber, "Task_Intake").getId());
            cpu.add(threads.getCurrentThreadCpuTime() - before);
        }
        List<Long> measured = new ArrayList<>(cpu.subList(5, cpu.size()));
        Collections.sort(measured);
        System.out.printf("completion with its form: request thread CPU median %.2f ms of %d%n",
                measured.get(measured.size() / 2) / 1e6, measured.size());
        assertThat(measured).allMatch(nanos -> nanos > 0);
    }

    private void complete(String caseNumber) throws Exception {
        complete(caseNumber, cases.task(caseNumber, "Task_Intake").getId());
    }

    private void complete(String caseNumber, String taskId) throws Exception {
        mvc.perform(TaskFormPosts.intakeByCora(taskId))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
    }
}
