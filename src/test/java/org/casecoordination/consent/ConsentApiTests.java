package org.casecoordination.consent;

import java.util.Locale;
import java.time.format.FormatStyle;
import java.time.format.DateTimeFormatter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** /api/cases/{caseNumber}/consents: record, list, revoke; team access and the API's error shape. */
@ApplicationTest
class ConsentApiTests {

    static final String TODAY = LocalDate.now().toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;

    @Test
    void aConsentIsRecordedListedAndRevokedAndTheRevokedOneStaysInTheHistory() throws Exception {
        String caseNumber = cases.open("team-north");
        String body = record(caseNumber, "cora", """
                {"purpose": "SUBSTANCE_USE_DISCLOSURE", "recipient": "Sunrise Recovery", "givenOn": "%s"}"""
                .formatted(TODAY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.recipient").value("Sunrise Recovery"))
                .andExpect(jsonPath("$.recordedBy").value("cora"))
                .andExpect(jsonPath("$.recordedFromCase").value(caseNumber))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");

        mvc.perform(post("/api/cases/{n}/consents/{id}/revoke", caseNumber, id).with(httpBasic("colin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Client withdrew it.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REVOKED"))
                .andExpect(jsonPath("$.revokedOn").value(TODAY))
                .andExpect(jsonPath("$.revokedBy").value("colin"));
        record(caseNumber, "cora", "{\"purpose\": \"SUBSTANCE_USE_DISCLOSURE\", \"anyProvider\": true, \"givenOn\": \"%s\"}"
                .formatted(TODAY)).andExpect(status().isCreated());

        mvc.perform(get("/api/cases/{n}/consents", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].state").value("ACTIVE"))
                .andExpect(jsonPath("$[0].recipient").doesNotExist())
                .andExpect(jsonPath("$[1].id").value(id))
                .andExpect(jsonPath("$[1].state").value("REVOKED"))
                .andExpect(jsonPath("$[1].revocationReason").value("Client withdrew it."));
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(caseId)).extracting(TimelineEntry::getSummary)
                .contains("Consent revoked: Disclose substance-use information (42 CFR Part 2) to Sunrise Recovery")
                .anyMatch(line -> line.startsWith("Consent recorded: Disclose substance-use information (42 CFR Part 2)"
                        + " to any provider for service arrangement, given "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(LocalDate.parse(TODAY))));
    }

    @Test
    void invalidConsentsAreRefusedWith400NamingTheFields() throws Exception {
        String caseNumber = cases.open("team-north");
        record(caseNumber, "cora", """
                {"purpose": "SHARE_WITH_PROVIDERS", "givenOn": "2025-05-01", "validUntil": "2025-04-30"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"))
                .andExpect(jsonPath("$.errors[0].message").value("Valid until cannot be before the day it was given."));
        record(caseNumber, "cora", "{\"purpose\": \"SUBSTANCE_USE_DISCLOSURE\", \"givenOn\": \"2025-05-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipient"));
        record(caseNumber, "cora", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("givenOn", "purpose")));
        record(caseNumber, "cora", "{\"purpose\": \"EVERYTHING\", \"givenOn\": \"2025-05-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(get("/api/cases/{n}/consents", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void anotherTeamGets403AndAnUnknownCase404() throws Exception {
        String caseNumber = cases.open("team-north");
        String valid = "{\"purpose\": \"SHARE_WITH_PROVIDERS\", \"givenOn\": \"%s\"}".formatted(TODAY);
        record(caseNumber, "dana", valid).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").doesNotExist());
        mvc.perform(get("/api/cases/{n}/consents", caseNumber).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        record("CC-1999-999999", "cora", valid).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/{n}/consents", "CC-1999-999999").with(httpBasic("cora", "demo")))
                .andExpect(status().isNotFound());

        int id = JsonPath.read(record(caseNumber, "cora", valid).andReturn().getResponse().getContentAsString(), "$.id");
        revoke(caseNumber, id, "dana", "{\"reason\": \"peek\"}").andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}/consents", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(jsonPath("$[0].state").value("ACTIVE"));
    }

    @Test
    void revokingNeedsAReasonHappensOnceAndOnlyForTheClientsOwnConsents() throws Exception {
        String caseNumber = cases.open("team-north");
        String otherCase = cases.open("team-north");
        String valid = "{\"purpose\": \"SHARE_WITH_PROVIDERS\", \"givenOn\": \"%s\"}".formatted(TODAY);
        int id = JsonPath.read(record(caseNumber, "cora", valid).andReturn().getResponse().getContentAsString(), "$.id");

        revoke(caseNumber, id, "cora", "{\"reason\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        revoke(otherCase, id, "cora", "{\"reason\": \"wrong client\"}").andExpect(status().isNotFound());
        revoke(caseNumber, 999_999, "cora", "{\"reason\": \"no such consent\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no consent 999999 for this client."));
        revoke(caseNumber, id, "cora", "{\"reason\": \"Withdrawn.\"}").andExpect(status().isOk());
        revoke(caseNumber, id, "cora", "{\"reason\": \"Again.\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This consent was already revoked on " + TODAY + " by Cora Lindqvist."));
    }

    private ResultActions record(String caseNumber, String user, String json) throws Exception {
        return mvc.perform(post("/api/cases/{n}/consents", caseNumber).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions revoke(String caseNumber, int id, String user, String json) throws Exception {
        return mvc.perform(post("/api/cases/{n}/consents/{id}/revoke", caseNumber, id).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
