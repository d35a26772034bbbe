package org.casecoordination.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** /api/cases/{caseNumber}/appointments: schedule, list, move with a version (409 when stale), cancel; 400, 403, 404. */
@ApplicationTest
class AppointmentApiTests {

    static final String VALID = """
            {"kind": "APPOINTMENT", "startsAt": "2031-03-14T10:30:00+01:00", "place": "40 Main Street"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    Appointments appointments;
    @Autowired
    EntityManager em;

    @Test
    void anAppointmentIsScheduledListedMovedWithItsVersionAndCancelled() throws Exception {
        String caseNumber = cases.open("team-north");
        String body = schedule(caseNumber, "cora", VALID)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.kind").value("APPOINTMENT"))
                .andExpect(jsonPath("$.startsAt").value("2031-03-14T09:30:00Z"))
                .andExpect(jsonPath("$.localStartsAt").value("2031-03-14T10:30:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.createdBy").value("cora"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");

        move(caseNumber, id, "\"0\"", "{\"startsAt\": \"2031-03-21T14:15:00+01:00\", \"place\": \"42 Main Street\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.localStartsAt").value("2031-03-21T14:15:00"))
                .andExpect(jsonPath("$.place").value("42 Main Street"))
                .andExpect(jsonPath("$.version").value(1));
        move(caseNumber, id, null, """
                {"startsAt": "2031-03-22T14:15:00+01:00", "place": "42 Main Street", "version": 1}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(post("/api/cases/{n}/appointments/{id}/cancel", caseNumber, id).with(httpBasic("colin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.changedBy").value("colin"));

        mvc.perform(get("/api/cases/{n}/appointments", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$[0].localStartsAt").value("2031-03-22T14:15:00"));
        mvc.perform(post("/api/cases/{n}/appointments/{id}/cancel", caseNumber, id).with(httpBasic("cora", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("This appointment was cancelled; schedule a new one."));
    }

    @Test
    void invalidInputIsRefusedWith400ListingEachFieldAndNothingIsWritten() throws Exception {
        String caseNumber = cases.open("team-north");
        schedule(caseNumber, "cora", "{\"startsAt\": \"2020-01-06T09:00:00Z\", \"place\": \" \", \"providerId\": 999999}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "startsAt", "place",
                        "providerId")))
                .andExpect(jsonPath("$.errors[?(@.field == 'startsAt')].message")
                        .value("Choose a day and time that is still ahead."))
                .andExpect(jsonPath("$.errors[?(@.field == 'providerId')].message")
                        .value("Choose a provider from the list."));
        mvc.perform(post("/api/cases/{n}/appointments", caseNumber).with(httpBasic("cora", "demo"))
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"APPOINTMENT\", \"startsAt\": \"2031-03-14T10:30:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("place"))
                .andExpect(jsonPath("$.errors[0].message").value("Indique la dirección."));
        schedule(caseNumber, "cora", "{\"kind\": \"VISIT\", \"startsAt\": \"2031-03-14T10:30:00Z\", \"place\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        schedule(caseNumber, "cora", "{\"kind\": \"APPOINTMENT\", \"startsAt\": \"2031-03-14T10:30:00Z\","
                + " \"place\": \"x\", \"referralId\": 999999}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referralId"));
        assertThat(cases.as("cora", () -> appointments.of(caseNumber))).isEmpty();

        int id = JsonPath.read(schedule(caseNumber, "cora", VALID).andReturn().getResponse().getContentAsString(), "$.id");
        move(caseNumber, id, null, "{\"startsAt\": \"2031-03-21T14:15:00Z\", \"place\": \"42 Main Street\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        move(caseNumber, id, "\"0\"", "{\"startsAt\": \"2031-03-21T14:15:00Z\", \"place\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("place"));
        assertThat(cases.as("cora", () -> appointments.find(caseNumber, id)).getPlace()).isEqualTo("40 Main Street");
    }

    @Test
    void aStaleVersionGets409AndChangesNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        int id = JsonPath.read(schedule(caseNumber, "cora", VALID).andReturn().getResponse().getContentAsString(), "$.id");
        move(caseNumber, id, "\"0\"", "{\"startsAt\": \"2031-03-21T14:15:00Z\", \"place\": \"42 Main Street\"}")
                .andExpect(status().isOk());

        move(caseNumber, id, "W/\"0\"", "{\"startsAt\": \"2031-03-28T09:00:00Z\", \"place\": \"Elsewhere\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("Someone else changed this appointment after you"
                        + " opened it. It is shown as it is now; make your change again if it is still needed."));
        move(caseNumber, id, null, """
                {"startsAt": "2031-03-28T09:00:00Z", "place": "Elsewhere", "version": 0}""")
                .andExpect(status().isConflict());
        assertThat(cases.as("cora", () -> appointments.find(caseNumber, id)).getPlace()).isEqualTo("42 Main Street");
    }

    @Test
    void anotherCasesAppointmentIs404AnotherTeam403AndReadsAreAudited() throws Exception {
        String caseNumber = cases.open("team-north");
        String otherCase = cases.open("team-north");
        int id = JsonPath.read(schedule(caseNumber, "cora", VALID).andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/cases/{n}/appointments/{id}", otherCase, id).with(httpBasic("cora", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no such appointment on this case."));
        move(otherCase, id, "\"0\"", "{\"startsAt\": \"2031-03-21T14:15:00Z\", \"place\": \"x\"}")
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/cases/{n}/appointments/{id}/cancel", otherCase, id).with(httpBasic("cora", "demo")))
                .andExpect(status().isNotFound());

        schedule(caseNumber, "dana", VALID).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}/appointments", caseNumber).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{n}/appointments/{id}/cancel", caseNumber, id).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        assertThat(cases.as("cora", () -> appointments.find(caseNumber, id)).isScheduled()).isTrue();

        mvc.perform(get("/api/cases/{n}/appointments", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk());
        assertThat(em.createQuery("select e from AuditEvent e where e.caseNumber = :n", AuditEvent.class)
                .setParameter("n", caseNumber).getResultList())
                .anySatisfy(event -> {
                    assertThat(event.getActor()).isEqualTo("cora");
                    assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
                    assertThat(event.getResource()).contains("appointments");
                })
                .anySatisfy(event -> {
                    assertThat(event.getActor()).isEqualTo("dana");
                    assertThat(event.isRefused()).isTrue();
                });
    }

    private ResultActions schedule(String caseNumber, String user, String json) throws Exception {
        return mvc.perform(post("/api/cases/{n}/appointments", caseNumber).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions move(String caseNumber, int id, String ifMatch, String json) throws Exception {
        var request = put("/api/cases/{n}/appointments/{id}", caseNumber, id).with(httpBasic("cora", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }
}
