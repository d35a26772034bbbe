package org.casecoordination.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** /api/cases/{caseNumber}/contacts: add, list, change, remove; E.164; 400 listing errors; team access; audit. */
@ApplicationTest
class ContactApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    EntityManager em;

    @Test
    void aContactIsAddedInE164ChangedAndRemovedAndTheRemovedOneIsKept() throws Exception {
        String caseNumber = cases.open("team-north");
        String body = add(caseNumber, "cora", """
                {"relationship": "CAREGIVER", "name": "Ana Ruiz", "phone": "(212) 555-0123", "language": "es",
                 "primaryCaregiver": true, "consents": ["SMS", "PHONE_CALL"]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("+12125550123"))
                .andExpect(jsonPath("$.phoneForPeople").value("(212) 555-0123"))
                .andExpect(jsonPath("$.consents[*].channel").value(contains("SMS", "PHONE_CALL")))
                .andExpect(jsonPath("$.consents[0].recordedBy").value("cora"))
                .andExpect(jsonPath("$.createdBy").value("cora"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");

        mvc.perform(put("/api/cases/{n}/contacts/{id}", caseNumber, id).with(httpBasic("colin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"relationship": "CAREGIVER", "name": "Ana Ruiz", "phone": "212.555.0199",
                                 "email": "ana@example.org", "language": "es", "primaryCaregiver": true,
                                 "consents": ["EMAIL"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("+12125550199"))
                .andExpect(jsonPath("$.consents[*].channel").value(contains("EMAIL")))
                .andExpect(jsonPath("$.changedBy").value("colin"));
        mvc.perform(put("/api/cases/{n}/contacts/{id}", caseNumber, id).with(httpBasic("colin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"relationship": "CAREGIVER", "name": "Ana Ruiz", "phone": "212.555.0199",
                                 "email": "ana@example.org", "language": "es", "consents": ["EMAIL"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryCaregiver").value(false));
        mvc.perform(delete("/api/cases/{n}/contacts/{id}", caseNumber, id).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removedBy").value("cora"));

        mvc.perform(get("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].removedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].primaryCaregiver").value(false));
        mvc.perform(delete("/api/cases/{n}/contacts/{id}", caseNumber, id).with(httpBasic("cora", "demo")))
                .andExpect(status().isConflict());

        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(caseId)).extracting(TimelineEntry::getSummary)
                .contains("Contact added: Ana Ruiz (Caregiver)", "Consent to contact Ana Ruiz recorded: Text message",
                        "Contact Ana Ruiz changed: phone, email", "Consent to contact Ana Ruiz withdrawn: Phone call",
                        "Consent to contact Ana Ruiz recorded: Email", "Ana Ruiz is the primary caregiver",
                        "Ana Ruiz is no longer the primary caregiver",
                        "Contact removed: Ana Ruiz (Caregiver)");
    }

    @Test
    void invalidContactsAreRefusedWith400NamingTheFieldsAndNothingIsWritten() throws Exception {
        String caseNumber = cases.open("team-north");
        add(caseNumber, "cora", "{\"relationship\": \"FAMILY\", \"name\": \"Luis\", \"phone\": \"555-0199\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "This is not a phone number. Type it with the area code, or with + and the country code."));
        add(caseNumber, "cora", """
                {"relationship": "FAMILY", "name": "Luis", "phone": "+44 20 7946 0958", "consents": ["SMS"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value("This is not a phone number we can send a text to."));
        add(caseNumber, "cora", "{\"relationship\": \"FAMILY\", \"name\": \"Luis\", \"consents\": [\"SMS\", \"EMAIL\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "A text message needs a phone number.", "An email needs an email address.")));
        add(caseNumber, "cora", "{\"name\": \" \", \"email\": \"ana@\", \"language\": \"xx\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("email", "language", "name", "relationship")));
        add(caseNumber, "cora", "{\"relationship\": \"COUSIN\", \"name\": \"Luis\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("relationship"));
        mvc.perform(get("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(jsonPath("$", hasSize(0)));

        int id = JsonPath.read(add(caseNumber, "cora", "{\"relationship\": \"FAMILY\", \"name\": \"Luis\"}")
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(put("/api/cases/{n}/contacts/{id}", caseNumber, id).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relationship\": \"FAMILY\", \"name\": \"Luis\", \"phone\": \"call me\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        mvc.perform(get("/api/cases/{n}/contacts/{id}", caseNumber, id).with(httpBasic("cora", "demo")))
                .andExpect(jsonPath("$.phone").doesNotExist());
    }

    @Test
    void anotherTeamGets403AnUnknownCaseOrContact404AndReadsAreAudited() throws Exception {
        String caseNumber = cases.open("team-north");
        String valid = "{\"relationship\": \"GUARDIAN\", \"name\": \"Rosa Diaz\", \"phone\": \"212 555 0123\"}";
        add(caseNumber, "dana", valid).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}/contacts", caseNumber).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        add("CC-1999-999999", "cora", valid).andExpect(status().isNotFound());
        int id = JsonPath.read(add(caseNumber, "cora", valid).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(delete("/api/cases/{n}/contacts/{id}", caseNumber, id).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}/contacts/{id}", caseNumber, 999999).with(httpBasic("cora", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no contact 999999 for this client."));
        mvc.perform(get("/api/cases/{n}/contacts", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].removedAt").doesNotExist());

        assertThat(em.createQuery("select e from AuditEvent e where e.caseNumber = :n", AuditEvent.class)
                .setParameter("n", caseNumber).getResultList())
                .anySatisfy(event -> {
                    assertThat(event.getActor()).isEqualTo("cora");
                    assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
                    assertThat(event.getResource()).contains("contacts");
                })
                .anySatisfy(event -> {
                    assertThat(event.getActor()).isEqualTo("dana");
                    assertThat(event.isRefused()).isTrue();
                });
    }

    private ResultActions add(String caseNumber, String user, String json) throws Exception {
        return mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
