package org.casecoordination.forms;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The browser asks the server's FEEL engine which form conditions hold, for forms the server has read only. */
@ApplicationTest
class FormConditionsApiTests {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void aFormWithTheConditionIsRead() {
        new FormSchemaParser().parse("{\"id\": \"f\", \"components\": [{\"type\": \"textfield\", \"key\": \"why\","
                + " \"conditional\": {\"hide\": \"=visits > 3 and reason != \\\"OTHER\\\"\"}}]}");
    }

    @Test
    void answersKnownConditionsWithFeelAndUnknownOnesWithNull() throws Exception {
        mvc.perform(post("/forms/conditions").with(Users.cora()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conditions\": [\"=visits > 3 and reason != \\\"OTHER\\\"\", \"=1 = 1\"],"
                                + " \"values\": {\"visits\": 5, \"reason\": \"MOVED\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results['=visits > 3 and reason != \"OTHER\"']").value(true))
                .andExpect(jsonPath("$.results['=1 = 1']").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void needsALoginAndTheSessionsToken() throws Exception {
        String body = "{\"conditions\": [], \"values\": {}}";
        mvc.perform(post("/forms/conditions").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/forms/conditions").with(Users.cora()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }
}
