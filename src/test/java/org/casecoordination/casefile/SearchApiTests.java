package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.ConnectionPools;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /api/search: clients and cases by case number or the start of a name, only of the caller's teams. */
@ApplicationTest
class SearchApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    final String family = "Zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void findsTheStartOfTheNameLastNameFirstOrTheCaseNumberOfTheCallersTeamsOnly() throws Exception {
        String ann = cases.open("team-north", family + "miller", "Ann", null);
        String annAgain = cases.open("team-north", family + "miller", "Ann", clientOf(ann));
        String jo = cases.open("team-north", family + "miller", "Jo", null);
        String south = cases.open("team-south", family + "miller", "Ann", null);

        JsonNode found = search(Users.colin(), family.toLowerCase() + "MIL");
        assertThat(caseNumbers(found)).containsExactlyInAnyOrder(ann, annAgain, jo);
        assertThat(found.get("clients")).hasSize(2);
        JsonNode annClient = found.get("clients").get(0);
        assertThat(annClient.get("firstName").asText()).isEqualTo("Ann");
        assertThat(annClient.get("dateOfBirth").asText()).isEqualTo("1948-03-01");
        assertThat(annClient.get("caseNumbers")).extracting(JsonNode::asText).containsExactlyInAnyOrder(ann, annAgain);
        assertThat(found.get("cases").get(0).get("stage").asText()).isEqualTo("INTAKE");
        assertThat(found.get("more").asBoolean()).isFalse();

        assertThat(caseNumbers(search(Users.colin(), family + "miller   jo"))).containsExactly(jo);
        assertThat(caseNumbers(search(Users.colin(), jo.toLowerCase()))).containsExactly(jo);
        assertThat(caseNumbers(search(Users.colin(), south))).as("another team's case number").isEmpty();
        assertThat(caseNumbers(search(Users.dana(), family))).containsExactly(south);
        RequestPostProcessor sam = user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north",
                () -> "GROUP_team-south");
        assertThat(caseNumbers(search(sam, family))).containsExactlyInAnyOrder(ann, annAgain, jo, south);
        RequestPostProcessor analyst = user("ana").authorities(() -> "GROUP_analysts");
        assertThat(caseNumbers(search(analyst, family))).isEmpty();
        assertThat(caseNumbers(search(analyst, ann))).isEmpty();
        assertThat(caseNumbers(search(Users.colin(), "%"))).as("no wildcards").isEmpty();
    }

    @Test
    void eachSearchIsOneListAuditRowNamingTheCasesFoundButNotWhatWasTyped() throws Exception {
        String ann = cases.open("team-north", family + "audit", "Ann", null);
        search(Users.colin(), family + "audit");
        List<String> rows = jdbc.queryForList("select resource from audit_event where action = 'VIEW_LIST' "
                + "and actor = 'colin' order by id", String.class);
        assertThat(rows).last().asString().isEqualTo("Search: " + ann);
    }

    /**
     * The search's audit row is written after its read-only transaction, so it joins the concurrent requests' rows
     * in one commit (issue #17, the load run). Before, it was written inside: a second connection and a commit of
     * its own while the search held the first; with one connection free that search waited and failed.
     */
    @Test
    void aSearchAndItsAuditRowNeedOneFreeConnection() throws Exception {
        String ann = cases.open("team-north", family + "pool", "Ann", null);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long wait = ConnectionPools.connectionTimeout(pool, 2000);
        List<Connection> taken = new ArrayList<>();
        JsonNode found;
        try {
            while (taken.size() < pool.getMaximumPoolSize() - 1) {
                taken.add(pool.getConnection());
            }
            found = search(Users.colin(), family + "pool");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
            ConnectionPools.connectionTimeout(pool, wait);
        }
        assertThat(caseNumbers(found)).containsExactly(ann);
        assertThat(jdbc.queryForList("select resource from audit_event where action = 'VIEW_LIST' "
                + "and actor = 'colin' order by id", String.class)).last().asString().isEqualTo("Search: " + ann);
    }

    @Test
    void aMissingOrTooLongSearchIs400AndAnonymousIs401() throws Exception {
        mvc.perform(get("/api/search").with(Users.colin())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/search").param("q", "  ").with(Users.colin())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/search").param("q", "x".repeat(101)).with(Users.colin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/search").param("q", "Miller")).andExpect(status().isUnauthorized());
    }

    private JsonNode search(RequestPostProcessor who, String q) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/search").param("q", q).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> caseNumbers(JsonNode found) {
        List<String> numbers = new ArrayList<>();
        found.get("cases").forEach(c -> numbers.add(c.get("caseNumber").asText()));
        return numbers;
    }

    private Long clientOf(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow().getClient().getId();
    }
}
