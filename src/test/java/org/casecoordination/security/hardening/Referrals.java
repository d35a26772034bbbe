package org.casecoordination.security.hardening;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Referrals and intake completions through the JSON API as cora (team-north), as an integration sends them. */
final class Referrals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;

    Referrals(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Opens a team-north case for this client and answers its case number. */
    String refer(Map<String, Object> client, String notes) throws Exception {
        Map<String, Object> referral = Map.of("client", client, "primaryConcern", "DEMENTIA", "urgency", "ROUTINE",
                "team", "team-north", "referralSource", "Hospital discharge", "notes", notes);
        String created = mvc.perform(post("/api/cases").with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(referral)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.caseNumber");
    }

    /** Completes the intake task as eligible, with these words for "what the client needs". */
    void completeIntake(String taskId, String presentingNeeds) throws Exception {
        Map<String, Object> values = Map.of("contactDate", "2026-11-02", "contactMethod", "PHONE",
                "livingSituation", "ALONE", "presentingNeeds", presentingNeeds, "consentToShare", true,
                "eligible", true);
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("variables", values))))
                .andExpect(status().isNoContent());
    }
}
