package org.casecoordination.casefile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may not write gets 403 whatever the body: authorization is decided before the body is validated. */
@ApplicationTest
class ApiWriteAccessTests {

    private static final String INVALID_REFERRAL = "{\"client\":{}}";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    private static RequestPostProcessor analyst() {
        return user("ana").authorities(() -> "GROUP_analysts");
    }

    private static RequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    @Test
    void analystsAndAdministratorsGet403ForAnInvalidReferralWhereACoordinatorGets400() throws Exception {
        for (RequestPostProcessor refused : new RequestPostProcessor[] {analyst(), admin()}) {
            mvc.perform(post("/api/cases").with(refused).contentType(MediaType.APPLICATION_JSON)
                            .content(INVALID_REFERRAL))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].message").exists());
            mvc.perform(post("/api/cases").with(refused).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/cases").with(Users.cora()).contentType(MediaType.APPLICATION_JSON)
                .content(INVALID_REFERRAL)).andExpect(status().isBadRequest());
    }

    @Test
    void anotherTeamGets403ForAnInvalidConsentWhereTheCasesTeamGets400() throws Exception {
        String north = cases.open("team-north");
        mvc.perform(post("/api/cases/{n}/consents", north).with(Users.dana()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{n}/consents", north).with(analyst()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{n}/consents", north).with(Users.cora()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/cases/{n}/consents", "CC-0000-404").with(Users.dana())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
    }

    @Test
    void taskActionsOfAnAnalystAreRefusedBeforeTheBodyIsRead() throws Exception {
        mvc.perform(post("/api/tasks/{id}/complete", "no-such-task").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content("{not json")).andExpect(status().isForbidden());
    }
}
