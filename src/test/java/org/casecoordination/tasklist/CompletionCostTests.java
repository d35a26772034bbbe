package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What completing a task with its form costs (issue #17): the SQL statements of one completion through the form
 * page, counted by H2 ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}), and the request thread's CPU. No statement of a
 * completion may read a whole table that grows with the number of cases: at 100,000 open cases one such scan was
 * most of a completion's time. The counts and CPU are printed for docs/benchmarks.md.
 */
@ApplicationTest
class CompletionCostTests {

    /** Tables that hold configuration, not cases: a scan of them does not grow with the caseload. */
    private static final Set<String> SMALL_TABLES = Set.of("ACT_RE_PROCDEF", "ACT_ID_INFO", "ACT_GE_PROPERTY");
    private static final Pattern SCANNED = Pattern.compile("/\\* PUBLIC\\.(\\w+)\\.tableScan \\*/");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noStatementOfACompletionReadsAWholeTableOfCases() throws Exception {
        complete(cases.open("team-north")); // the first one after start-up loads caches
        List<Map<String, Object>> statements = statementsOf(cases.open("team-north"));

        List<String> scans = new ArrayList<>();
        long total = 0;
        for (Map<String, Object> statement : statements) {
            total += ((Number) statement.get("EXECUTION_COUNT")).longValue();
            String sql = String.valueOf(statement.get("SQL_STATEMENT"));
            Matcher scan = SCANNED.matcher(plan(sql));
            while (scan.find()) {
                if (!SMALL_TABLES.contains(scan.group(1))) {
                    scans.add(scan.group(1) + ": " + sql);
                }
            }
        }
        System.out.printf("completion with its form: %d SQL statements (%d distinct), %d commits%n", total,
                statements.size(), statements.stream().filter(s -> "COMMIT".equals(s.get("SQL_STATEMENT")))
                        .mapToLong(s -> ((Number) s.get("EXECUTION_COUNT")).longValue()).sum());
        assertThat(scans).isEmpty();
    }

    @Test
    void engineTaskByParentUsesAnIndex() {
        // the engine's statement when a task completes (its subtasks are deleted with it)
        assertThat(plan("select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?")).contains("CC_IDX_TASK_PARENT")
                .doesNotContain("tableScan");
    }

    /** Not an assertion (CPU depends on the machine): the median CPU of the request thread for the docs. */
    @Test
    void cpuPerCompletion() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String caseNumber = cases.open("team-north");
            long before = threads.getCurrentThreadCpuTime();
            complete(caseNumber);
            cpu.add(threads.getCurrentThreadCpuTime() - before);
        }
        List<Long> measured = new ArrayList<>(cpu.subList(5, cpu.size()));
        Collections.sort(measured);
        System.out.printf("completion with its form: request thread CPU median %.2f ms of %d%n",
                measured.get(measured.size() / 2) / 1e6, measured.size());
        assertThat(measured).isNotEmpty();
    }

    private List<Map<String, Object>> statementsOf(String caseNumber) throws Exception {
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            complete(caseNumber, taskId);
            return jdbc.queryForList("SELECT EXECUTION_COUNT, SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                    + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'");
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE"); // also clears them
        }
    }

    /** H2's plan, the parameters replaced by a value of any type ('1' converts to numbers too). */
    private String plan(String sql) {
        if (!sql.regionMatches(true, 0, "select", 0, 6) && !sql.regionMatches(true, 0, "update", 0, 6)
                && !sql.regionMatches(true, 0, "delete", 0, 6)) {
            return "";
        }
        return String.valueOf(jdbc.queryForList("EXPLAIN " + sql.replace("?", "'1'")).get(0).values().iterator()
                .next());
    }

    private void complete(String caseNumber) throws Exception {
        complete(caseNumber, cases.task(caseNumber, "Task_Intake").getId());
    }

    private void complete(String caseNumber, String taskId) throws Exception {
        mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param("contactDate", "2026-11-02")
                        .param("contactMethod", "PHONE")
                        .param("livingSituation", "ALONE")
                        .param("presentingNeeds", "Needs help with meals.")
                        .param("consentToShare", "true")
                        .param("eligible", "true"))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
    }
}
