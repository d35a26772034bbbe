package org.casecoordination.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL statements a piece of work runs, counted by H2 itself ({@code SET QUERY_STATISTICS TRUE}), and their
 * plans ({@code EXPLAIN}): for tests that keep a request from running a query per row or reading a whole table of
 * cases (issue #17). The database is shared by the test's threads; tests run one at a time.
 */
@Component
public class SqlStatements {

    /** Tables of configuration, not of cases: reading them whole does not grow with the caseload. */
    private static final Set<String> SMALL_TABLES = Set.of("ACT_RE_PROCDEF", "ACT_ID_INFO", "ACT_GE_PROPERTY");
    private static final Pattern SCANNED = Pattern.compile("/\\* PUBLIC\\.(\\w+)\\.tableScan \\*/");

    /** One distinct statement and how often it ran. */
    public record Statement(String sql, long count) {
    }

    /** Work that may throw, as MockMvc's calls do. */
    public interface Work {
        void run() throws Exception;
    }

    private final JdbcTemplate jdbc;

    SqlStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Statement> of(Work work) throws Exception {
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            work.run();
            return jdbc.queryForList("SELECT EXECUTION_COUNT, SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                    + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'").stream()
                    .map(row -> new Statement(String.valueOf(row.get("SQL_STATEMENT")),
                            ((Number) row.get("EXECUTION_COUNT")).longValue()))
                    .toList();
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE"); // which also clears them
        }
    }

    public static long total(List<Statement> statements) {
        return statements.stream().mapToLong(Statement::count).sum();
    }

    public static long commits(List<Statement> statements) {
        return statements.stream().filter(s -> "COMMIT".equals(s.sql())).mapToLong(Statement::count).sum();
    }

    /** The statements that read a whole table that grows with the cases ("TABLE: sql"). */
    public List<String> scansOfCaseTables(List<Statement> statements) {
        List<String> scans = new ArrayList<>();
        for (Statement statement : statements) {
            Matcher scan = SCANNED.matcher(plan(statement.sql()));
            while (scan.find()) {
                if (!SMALL_TABLES.contains(scan.group(1))) {
                    scans.add(scan.group(1) + ": " + statement.sql());
                }
            }
        }
        return scans;
    }

    /** H2's plan of a query or change, the parameters replaced by a value of any type ('1' converts to numbers and text). */
    public String plan(String sql) {
        if (!sql.regionMatches(true, 0, "select", 0, 6) && !sql.regionMatches(true, 0, "update", 0, 6)
                && !sql.regionMatches(true, 0, "delete", 0, 6)) {
            return "";
        }
        List<Map<String, Object>> plan;
        try {
            plan = jdbc.queryForList("EXPLAIN " + sql.replace("?", "'1'"));
        } catch (org.springframework.dao.DataAccessException notANumberOrText) {
            // a timestamp parameter, e.g. the scheduled jobs' lease queries that H2's statistics also catch (they
            // count every session's statements): a timestamp converts to text as well
            plan = jdbc.queryForList("EXPLAIN " + sql.replace("?", "CURRENT_TIMESTAMP"));
        }
        return String.valueOf(plan.get(0).values().iterator().next());
    }
}
