package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.SqlStatements;
import org.casecoordination.support.TaskFormPosts;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a claim and the completion after it read from the engine (issue #17, the load run): the task page's claim
 * read the task 4 times, its executions 5 times and its process definition 3 times, one engine command each for
 * finding it, checking who may work on it and claiming it (41 statements, session 13); the completion read the
 * task 4 times and the process definition 5 times. The checks and the change are now one engine command
 * ({@link OneEngineCommand}); what is left is the audit's look-up of the task before the request and the action's
 * own read. The counts are printed for docs/benchmarks.md.
 */
@ApplicationTest
class ClaimCostTests {

    /**
     * The rows an action writes take their ids from sequences that Hibernate asks once per 50 rows (the audit's, the
     * timeline's, ...): an action that happens to take a new block counts a statement more per sequence. Which one
     * does depends on the tests before it, so the totals allow for two.
     */
    private static final int SEQUENCE_BLOCKS = 2;


    private static final String TASK_BY_ID = "select * from ACT_RU_TASK where ID_ = ?";
    private static final String DEFINITION_BY_ID = "select * from ACT_RE_PROCDEF where ID_ = ?";
    private static final String LINKS_BY_TASK = "select * from ACT_RU_IDENTITYLINK where TASK_ID_ = ?";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    SqlStatements sql;

    @Test
    void aClaimReadsTheTaskOnceForTheAuditAndOnceForItself() throws Exception {
        MockHttpSession session = new MockHttpSession();
        claimAndComplete(cases.open("team-north"), session); // the session's first requests, the caches after start
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        List<SqlStatements.Statement> statements = sql.of(() -> claim(taskId, session));

        print("claim", statements);
        // at most: what the engine's caches already hold (the process definition after other tests) is not read
        assertThat(count(statements, TASK_BY_ID)).as("reads of the task").isLessThanOrEqualTo(2); // 4 before
        assertThat(count(statements, DEFINITION_BY_ID)).as("reads of the process definition").isLessThanOrEqualTo(1); // 3
        assertThat(count(statements, LINKS_BY_TASK)).as("reads of the candidates").isLessThanOrEqualTo(1); // 2
        assertThat(SqlStatements.total(statements)).as("statements").isLessThanOrEqualTo(33 + SEQUENCE_BLOCKS); // 40
        assertThat(SqlStatements.commits(statements)).as("commits").isLessThanOrEqualTo(6);
    }

    @Test
    void aCompletionReadsTheTaskOnceForTheAuditAndOnceForItself() throws Exception {
        MockHttpSession session = new MockHttpSession();
        claimAndComplete(cases.open("team-north"), session);
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        claim(taskId, session); // as the load run does: claim, then complete

        List<SqlStatements.Statement> statements = sql.of(() -> complete(caseNumber, taskId, session));

        print("completion after a claim", statements);
        assertThat(count(statements, TASK_BY_ID)).as("reads of the task").isLessThanOrEqualTo(2); // 4 before
        // the completed task's and the offered next task's (another command, after the completion)
        assertThat(count(statements, DEFINITION_BY_ID)).as("reads of the process definition").isLessThanOrEqualTo(2); // 5
        assertThat(count(statements, LINKS_BY_TASK)).as("reads of the candidates").isLessThanOrEqualTo(1); // 2
        assertThat(SqlStatements.total(statements)).as("statements").isLessThanOrEqualTo(83 + SEQUENCE_BLOCKS); // 91
        assertThat(SqlStatements.commits(statements)).as("commits").isLessThanOrEqualTo(8);
    }

    private void claimAndComplete(String caseNumber, MockHttpSession session) throws Exception {
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        claim(taskId, session);
        complete(caseNumber, taskId, session);
    }

    private void claim(String taskId, MockHttpSession session) throws Exception {
        mvc.perform(post("/tasks/{id}/claim", taskId).session(session).with(Users.cora()).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId));
    }

    private void complete(String caseNumber, String taskId, MockHttpSession session) throws Exception {
        mvc.perform(TaskFormPosts.intakeByCora(taskId).session(session))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
    }

    private static long count(List<SqlStatements.Statement> statements, String sql) {
        return statements.stream().filter(s -> s.sql().replaceAll("\\s+", " ").strip().equals(sql))
                .mapToLong(SqlStatements.Statement::count).sum();
    }

    private static void print(String action, List<SqlStatements.Statement> statements) {
        System.out.printf("%s: %d SQL statements (%d distinct), %d commits; task read %d times, process definition %d"
                + " times%n", action, SqlStatements.total(statements), statements.size(),
                SqlStatements.commits(statements), count(statements, TASK_BY_ID), count(statements, DEFINITION_BY_ID));
    }
}
