package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.SqlStatements;
import org.casecoordination.support.Users;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a page of the team queue and a search by name cost (issue #17): the same statements whatever the number
 * of rows on the page (no query per row), none reading a whole table of cases. CPU per page is printed for
 * docs/benchmarks.md. One browser session, as a coordinator's; 45 open cases of one team, whose names start with
 * "Costly".
 */
@ApplicationTest
class ListPageCostTests {

    private static final String LATER_PAGE = "/tasks?view=team&page=1";
    private static final String SEARCH_BY_NAME = "/tasks?view=team&q=Costly";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    SqlStatements sql;

    private static boolean seeded;
    private final MockHttpSession session = new MockHttpSession();

    /** Once for the shared context: other tests page through the same team queue. */
    @BeforeEach
    void aTeamQueueOfSeveralPages() {
        if (seeded) {
            return;
        }
        for (int i = 0; i < 45; i++) {
            cases.open("team-north", "Costly" + (char) ('a' + i % 26), "Ann");
        }
        seeded = true;
    }

    @Test
    void aLaterPageRunsNoStatementPerRow() throws Exception {
        assertNoStatementPerRow(LATER_PAGE);
    }

    @Test
    void aSearchByNameRunsNoStatementPerRow() throws Exception {
        assertNoStatementPerRow(SEARCH_BY_NAME);
    }

    /**
     * What every page shares and the list adds, read once per request (issue #17, session 11): the user's status
     * (the session's check and the password-change gate), the tabs' counters, the rows' process versions by two
     * columns (not the engine's native query of whole executions).
     */
    @Test
    void aListPageReadsWhatItSharesOnce() throws Exception {
        for (String page : List.of(LATER_PAGE, "/tasks?view=mine")) {
            mvc.perform(get(page).session(session).with(Users.cora())).andExpect(status().isOk());
            List<SqlStatements.Statement> statements = sql.of(() -> mvc.perform(get(page).session(session)
                    .with(Users.cora())).andExpect(status().isOk()));
            System.out.printf("%s: %d SQL statements (%d distinct), %d commits%n", page,
                    SqlStatements.total(statements), statements.size(), SqlStatements.commits(statements));
            assertThat(runs(statements, "USER_STATUS")).as(page + ": reads of the user's status").isEqualTo(1);
            assertThat(runs(statements, "TASK_LIST_COUNT")).as(page + ": reads of the tabs' counters").isEqualTo(1);
            assertThat(statements).as(page + ": the rows' versions").noneMatch(s -> s.sql().toUpperCase()
                    .contains("ACT_RU_EXECUTION") && s.sql().toUpperCase().contains("RES.*"));
        }
    }

    /**
     * What a list page renders per row and per menu entry stays cheap (session 12: Thymeleaf was half of a list
     * page's CPU): a row looks no words up (the labels come once per page), builds the task's link once, and the
     * header decides its menu entries without {@code sec:authorize} (Spring Security's expression handler looked up
     * by type and an expression evaluated per entry). The alert badge's word is the one lookup left, on alerted
     * rows only.
     */
    @Test
    void aRowLooksNoWordsUpAndTheMenuEvaluatesNoSecurityExpressions() throws Exception {
        Element row = template("tasks/list.html").selectFirst("tr[th:each]");
        List<String> lookups = new ArrayList<>();
        for (Element element : row.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getValue().contains("#{") && !element.hasClass("alert-badge")) {
                    lookups.add(element.tagName() + " " + attribute);
                }
            }
        }
        assertThat(lookups).as("words looked up on every row").isEmpty();
        assertThat(row.select("[th:href]").eachAttr("th:href")).as("links built per row")
                .filteredOn(link -> link.contains("/tasks/{id}(")).isEmpty();
        assertThat(template("fragments/layout.html").select("[sec:authorize]").eachAttr("sec:authorize"))
                .as("security expressions in the header").isEmpty();
    }

    private static org.jsoup.nodes.Document template(String name) throws Exception {
        return Jsoup.parse(Files.readString(Path.of("src/main/resources/templates", name)), "", Parser.xmlParser());
    }

    private static long runs(List<SqlStatements.Statement> statements, String table) {
        return statements.stream().filter(s -> s.sql().toUpperCase().contains(table))
                .mapToLong(SqlStatements.Statement::count).sum();
    }

    /** Not a measure the test judges (CPU depends on the machine): the median CPU of the request thread. */
    @Test
    void cpuPerPage() throws Exception {
        for (String page : List.of(LATER_PAGE, SEARCH_BY_NAME)) {
            var threads = ManagementFactory.getThreadMXBean();
            List<Long> cpu = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                long before = threads.getCurrentThreadCpuTime();
                show(page);
                cpu.add(threads.getCurrentThreadCpuTime() - before);
            }
            List<Long> measured = new ArrayList<>(cpu.subList(20, cpu.size()));
            Collections.sort(measured);
            System.out.printf("%s: request thread CPU median %.2f ms of %d%n", page,
                    measured.get(measured.size() / 2) / 1e6, measured.size());
            assertThat(measured).allMatch(nanos -> nanos > 0);
        }
    }

    private void assertNoStatementPerRow(String page) throws Exception {
        show(page); // the session's first page reads the user's saved language once
        List<SqlStatements.Statement> statements = sql.of(() -> show(page));
        System.out.printf("%s: %d SQL statements (%d distinct), %d commits%n", page, SqlStatements.total(statements),
                statements.size(), SqlStatements.commits(statements));
        // a full page has 20 rows; a statement per row would run 20 times
        assertThat(statements).filteredOn(s -> !"COMMIT".equals(s.sql())).allMatch(s -> s.count() <= 2,
                "runs at most twice");
        assertThat(sql.scansOfCaseTables(statements)).isEmpty();
    }

    /** The page, which must have rows enough that a statement per row would show (a full page has 20). */
    private void show(String page) throws Exception {
        String html = mvc.perform(get(page).session(session).with(Users.cora())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#task-table tbody tr")).hasSizeGreaterThanOrEqualTo(10);
    }
}
