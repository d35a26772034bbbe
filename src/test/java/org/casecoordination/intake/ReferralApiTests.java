package org.casecoordination.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class ReferralApiTests {

    private static final String REFERRAL = """
            {"client": {"firstName": "Rosa", "lastName": "Marquez", "dateOfBirth": "1944-07-12", "sex": "FEMALE",
                        "phone": "555-0142", "address": "12 Elm Street", "preferredLanguage": "es"},
             "primaryConcern": "DEMENTIA", "referralSource": "St. Mary's discharge planner",
             "urgency": "URGENT", "notes": "Lives with her son, who works nights."}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseRepository cases;
    @Autowired
    ClientRepository clients;

    @Test
    void aReferralOpensACaseAtIntakeInTheCallersTeam() throws Exception {
        var result = mvc.perform(post("/api/cases").with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(REFERRAL))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(matchesPattern("CC-\\d{4}-\\d{6}")))
                .andReturn();
        String caseNumber = JsonPath.read(result.getResponse().getContentAsString(), "$.caseNumber");
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/cases/" + caseNumber);

        mvc.perform(get("/api/cases/" + caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("INTAKE"))
                .andExpect(jsonPath("$.team").value("team-north"))
                .andExpect(jsonPath("$.client.lastName").value("Marquez"))
                .andExpect(jsonPath("$.client.preferredLanguage").value("es"))
                .andExpect(jsonPath("$.client.dateOfBirth").value("1944-07-12"))
                .andExpect(jsonPath("$.owner").value(nullValue()))
                .andExpect(jsonPath("$.closureReason").value(nullValue()))
                .andExpect(jsonPath("$.openTasks", hasSize(1)))
                .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey").value("Task_Intake"))
                .andExpect(jsonPath("$.openTasks[0].assignee").value(nullValue()));
    }

    @Test
    void aReferralForAnotherTeamGoesToThatTeam() throws Exception {
        var result = mvc.perform(post("/api/cases").with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REFERRAL.replace("\"urgency\"", "\"team\": \"team-south\", \"urgency\"")))
                .andExpect(status().isCreated()).andReturn();
        String caseNumber = JsonPath.read(result.getResponse().getContentAsString(), "$.caseNumber");
        assertThat(cases.findByCaseNumber(caseNumber)).get().extracting(c -> c.getTeam()).isEqualTo("team-south");
    }

    @Test
    void missingRequiredFieldsAreListedAndNothingIsCreated() throws Exception {
        long casesBefore = cases.count();
        long clientsBefore = clients.count();
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"client\": {\"firstName\": \"Rosa\"}, \"referralSource\": \"phone\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "client.dateOfBirth", "client.lastName", "primaryConcern", "urgency")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(clients.count()).isEqualTo(clientsBefore);
    }

    @Test
    void anUnknownTeamIsAFieldError() throws Exception {
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERRAL.replace("\"urgency\"", "\"team\": \"team-west\", \"urgency\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("team"));
    }

    @Test
    void thePreferredLanguageIsAnIsoCodeAndANameOrUnknownCodeIsAFieldErrorInTheCallersLanguage() throws Exception {
        long casesBefore = cases.count();
        for (String notACode : new String[] {"Spanish", "xx"}) {
            mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content(REFERRAL.replace("\"es\"", "\"" + notACode + "\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("client.preferredLanguage"))
                    .andExpect(jsonPath("$.errors[0].message").value(
                            "Choose a language from the list (an ISO 639-1 code such as en or es)."));
        }
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON).content(REFERRAL.replace("\"es\"", "\"xx\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Elija un idioma de la lista (un código ISO 639-1 como en o es)."));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void aBadEnumValueNamesTheField() throws Exception {
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERRAL.replace("\"URGENT\"", "\"SOON\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("urgency"));
    }

    @Test
    void aBadDateNamesTheNestedField() throws Exception {
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERRAL.replace("1944-07-12", "12/07/1944")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("client.dateOfBirth"));
    }

    @Test
    void malformedJsonIsAnErrorThatBelongsToNoField() throws Exception {
        long casesBefore = cases.count();
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"client\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(nullValue()))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void theApiRequiresAuthentication() throws Exception {
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(REFERRAL))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.errors[0].field").value(nullValue()));
        mvc.perform(get("/api/cases/CC-2026-000001").with(httpBasic("nobody", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownCaseIs404InTheErrorShape() throws Exception {
        mvc.perform(get("/api/cases/CC-1999-999999").with(httpBasic("cora", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no case CC-1999-999999."));
    }
}
