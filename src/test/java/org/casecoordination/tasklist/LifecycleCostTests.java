package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Locale;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.SqlStatements;
import org.casecoordination.support.TaskFormPosts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the app repeats inside a completion that creates the next task (issue #17, lifecycle throughput against
 * the bare engine): the latest version of the process is held on the node, not queried for every task created
 * ({@link LatestProcessVersions}); a finished task's drafts go with one statement. Counted with H2's statistics,
 * as {@link CompletionCostTests} does; the routing itself is {@code SupervisorQueueTests}'.
 */
@ApplicationTest
class LifecycleCostTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    SqlStatements sql;

    @Test
    void creatingTheNextTaskDoesNotAskForTheLatestProcessVersion() throws Exception {
        complete(cases.open("team-north")); // the first one after start-up reads what the node holds
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        List<SqlStatements.Statement> statements = sql.of(() -> complete(caseNumber, taskId));

        assertThat(cases.task(caseNumber, "Task_Assessment")).as("the completion created the next task").isNotNull();
        // by primary key the engine reads a definition it holds in its deployment cache, as the bare engine does
        assertThat(statements).filteredOn(s -> s.sql().toUpperCase(Locale.ROOT).contains("ACT_RE_PROCDEF")
                        && !s.sql().toUpperCase(Locale.ROOT).endsWith("WHERE ID_ = ?"))
                .as("queries for the latest process version in a completion").isEmpty();
        assertThat(statements).filteredOn(s -> s.sql().toLowerCase(Locale.ROOT).startsWith("delete from task_draft"))
                .extracting(SqlStatements.Statement::count).as("the finished task's drafts, one statement")
                .containsExactly(1L);
    }

    private void complete(String caseNumber) throws Exception {
        complete(caseNumber, cases.task(caseNumber, "Task_Intake").getId());
    }

    private void complete(String caseNumber, String taskId) throws Exception {
        mvc.perform(TaskFormPosts.intakeByCora(taskId))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
    }
}
