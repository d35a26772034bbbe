package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** "Who accessed this record" over JSON, and no client details in the audit log. */
@ApplicationTest
class AccessLogApiTests {

    @Autowired
    MockMvc mvc;
    @PersistenceContext
    EntityManager em;

    @Test
    void theAccessLogListsWhoAccessedTheRecordNewestFirst() throws Exception {
        String caseNumber = refer("Ada", "Lindqvist", "1944-02-03", "Lives with her son.");
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())).andExpect(status().isOk());
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.colin())).andExpect(status().isOk());

        String json = mvc.perform(get("/api/cases/{n}/access-log", caseNumber).with(httpBasic("sam", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> actors = JsonPath.read(json, "$[*].actor");
        List<String> actions = JsonPath.read(json, "$[*].action");
        List<String> when = JsonPath.read(json, "$[*].occurredAt");
        assertThat(actors).containsExactly("colin", "cora", "cora");
        assertThat(actions).containsExactly("VIEW_RECORD", "VIEW_RECORD", "CHANGE_RECORD");
        assertThat(when.stream().map(Instant::parse).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(JsonPath.<List<String>>read(json, "$[*].caseNumber")).containsOnly(caseNumber);
        assertThat(JsonPath.<String>read(json, "$[2].resource")).isEqualTo("POST /api/cases");
        assertThat(JsonPath.<String>read(json, "$[2].outcome")).isEqualTo("201");
        assertThat(JsonPath.<String>read(json, "$[0].remoteAddress")).isEqualTo("127.0.0.1");
    }

    @Test
    void anUnknownCaseIs404InTheApisErrorShape() throws Exception {
        mvc.perform(get("/api/cases/{n}/access-log", "CC-1900-000001").with(httpBasic("sam", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message").value("There is no case CC-1900-000001."));
    }

    @Test
    void theAccessLogNeedsALogin() throws Exception {
        mvc.perform(get("/api/cases/{n}/access-log", "CC-1900-000001")).andExpect(status().isUnauthorized());
    }

    @Test
    void noClientNameBirthDateOrNoteTextEverReachesTheAuditLog() throws Exception {
        String caseNumber = refer("Quintessa", "Marblewood", "1931-07-19", "Neighbour worries about her drinking.");
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())).andExpect(status().isOk());
        mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic("cora", "demo"))).andExpect(status().isOk());
        mvc.perform(post("/cases/{n}/notes", caseNumber).with(Users.cora())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("text", "Quintessa called about her drinking."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic("cora", "demo")).param("q", "Marblewood"))
                .andExpect(status().isOk());

        // the referral, the first view and the note; cora's repeated views within a minute are one row
        assertThat(AuditRows.ofCase(em, caseNumber)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(AuditRows.all(em)).allSatisfy(event -> assertThat(Stream.of(event.getActor(),
                        event.getCaseNumber(), event.getResource(), event.getOutcome(), event.getRemoteAddress())
                .filter(value -> value != null).map(String::toLowerCase).toList())
                .noneMatch(value -> value.contains("quintessa") || value.contains("marblewood")
                        || value.contains("1931") || value.contains("drinking")));
    }

    private String refer(String firstName, String lastName, String dateOfBirth, String notes) throws Exception {
        String json = mvc.perform(post("/api/cases").with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"client": {"firstName": "%s", "lastName": "%s", "dateOfBirth": "%s"},
                                 "primaryConcern": "SUBSTANCE_USE", "urgency": "ROUTINE", "team": "team-north",
                                 "notes": "%s"}
                                """.formatted(firstName, lastName, dateOfBirth, notes)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.caseNumber");
    }
}
