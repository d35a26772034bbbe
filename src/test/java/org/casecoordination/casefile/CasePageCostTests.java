package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.ConnectionPools;
import org.casecoordination.support.Cases;
import org.casecoordination.support.SqlStatements;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the case page repeats (issue #17, the load run): its Documents panel offers every kind of document in the
 * language it will be written in, which once read the process deployments for each kind and language; its panels
 * each opened a read-only transaction of their own (44 commits in 70 statements), now one for the whole page, and
 * the template reads nothing while it renders (session 14).
 */
@ApplicationTest
class CasePageCostTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    SqlStatements sql;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCasePageReadsTheDeploymentsOnceInOneTransaction() throws Exception {
        String caseNumber = cases.open("team-north");
        MockHttpSession session = new MockHttpSession();
        show(caseNumber, session); // the session's first page reads the user's saved language once

        List<SqlStatements.Statement> statements = sql.of(() -> show(caseNumber, session));

        System.out.printf("case page: %d SQL statements (%d distinct), %d commits%n", SqlStatements.total(statements),
                statements.size(), SqlStatements.commits(statements));
        assertThat(statements).filteredOn(s -> s.sql().contains("ACT_RE_DEPLOYMENT"))
                .as("reads of the deployments").extracting(SqlStatements.Statement::count).containsExactly(1L);
        // its panels read in one transaction (CasePageModel): 70 statements with 44 commits before (session 11); 32
        // with 10 before session 14, when the template still read the failed steps (two engine commands) and the
        // service plan (a transaction) while it rendered. H2 counts two COMMITs per transaction (the commit, and
        // another when autocommit is switched back on): now the page's model and the audit of the view.
        assertThat(SqlStatements.commits(statements)).as("commits").isLessThanOrEqualTo(4);
        // 23, and one more on the page whose audit row takes the next block of ids: Hibernate asks the audit's
        // sequence once per 50 rows (allocationSize), and which page that is depends on the tests run before
        assertThat(SqlStatements.total(statements)).as("statements").isLessThanOrEqualTo(24);
    }

    /**
     * The panels share what they read (session 14): the service plan (its own panel and the Documents panel's
     * referral choices) and the client's contacts (the Contacts and Text messages panels) are read once per page,
     * and the documents' list reads no file's bytes.
     */
    @Test
    void thePanelsReadEachThingOnceAndNoDocumentsBytes() throws Exception {
        String caseNumber = cases.open("team-north");
        MockHttpSession session = new MockHttpSession();
        show(caseNumber, session);

        List<SqlStatements.Statement> statements = sql.of(() -> show(caseNumber, session));

        assertThat(runs(statements, "FROM PROVIDER_REFERRAL")).as("reads of the service plan").isEqualTo(1);
        assertThat(runs(statements, "FROM CLIENT_CONTACT")).as("reads of the contacts").isEqualTo(1);
        assertThat(statements).filteredOn(s -> s.sql().toUpperCase().contains("FROM CASE_DOCUMENT"))
                .as("the documents' list").isNotEmpty()
                .allSatisfy(s -> assertThat(s.sql().toUpperCase()).doesNotContainPattern("\\.CONTENT\\b"));
    }

    private static long runs(List<SqlStatements.Statement> statements, String table) {
        return statements.stream().filter(s -> s.sql().toUpperCase().contains(table))
                .mapToLong(SqlStatements.Statement::count).sum();
    }

    /**
     * 50 coordinators share 10 connections: the page's one read transaction must end before its view is audited in
     * a transaction of its own, or each page would hold two connections at once and the pool could run dry with
     * every request holding one and waiting for another. Here every connection but one is taken.
     */
    @Test
    void theCasePageAndTheAuditOfItsViewNeedOneConnectionAtATime() throws Exception {
        String caseNumber = cases.open("team-north");
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long wait = ConnectionPools.connectionTimeout(pool, 2000);
        List<Connection> taken = new ArrayList<>();
        try {
            while (taken.size() < pool.getMaximumPoolSize() - 1) {
                taken.add(pool.getConnection());
            }
            show(caseNumber, new MockHttpSession());
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
            ConnectionPools.connectionTimeout(pool, wait);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_number = ? and action = 'VIEW_RECORD'",
                Long.class, caseNumber)).as("the view audited").isEqualTo(1L);
    }


    private void show(String caseNumber, MockHttpSession session) throws Exception {
        String html = mvc.perform(get("/cases/{n}", caseNumber).session(session).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#documents")).as("the Documents panel").isNotEmpty();
    }
}
