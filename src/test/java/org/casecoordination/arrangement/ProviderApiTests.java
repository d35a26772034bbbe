package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The provider directory API and the providers' own door: tokens, inbox, answers and every refusal. */
@ApplicationTest
class ProviderApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    Cases cases;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    ProviderReferralStatusChangeRepository changes;

    @Test
    void providersMatchTypeAreaAndLanguageWithOpenCapacityFirst() throws Exception {
        String body = mvc.perform(get("/api/providers").param("serviceType", "HOME_CARE").param("area", "10001")
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> names = JsonPath.read(body, "$[*].name");
        assertThat(names).containsSubsequence("Northside Home Care", "Evergreen Home Helpers")
                .doesNotContain("Southgate Care at Home", "Sunrise Day Centre");
        List<Boolean> open = JsonPath.read(body, "$[*].openCapacity");
        assertThat(open).as("open places first").isSortedAccordingTo((a, b) -> Boolean.compare(b, a));

        String spanish = mvc.perform(get("/api/providers").param("serviceType", "HOME_CARE")
                        .param("language", "Spanish").with(httpBasic("cora", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(spanish, "$[*].name")).contains("Northside Home Care")
                .doesNotContain("Evergreen Home Helpers", "Southgate Care at Home");

        mvc.perform(get("/api/providers").param("serviceType", "PLUMBING").with(httpBasic("cora", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceType"));
    }

    @Test
    void onlyAdministratorsCreateTokensWhichAreShownOnce() throws Exception {
        long id = arranged.providerId("Riverside Clinic");
        mvc.perform(post("/api/providers/{id}/tokens", id).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        String token = token(id);
        assertThat(token).startsWith("cc_").hasSizeGreaterThan(40);
        mvc.perform(get("/api/provider/referrals").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/api/providers/{id}/tokens", 999_999).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProviderSeesTheReferralAndAcceptsItOnce() throws Exception {
        ProviderReferral referral = arranged.sent("Southgate Care at Home");
        String token = token(referral.getProvider().getId());

        mvc.perform(get("/api/provider/referrals").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].status".formatted(referral.getId())).value("REQUESTED"))
                .andExpect(jsonPath("$[?(@.id == %d)].client.lastName".formatted(referral.getId())).exists());

        respond(referral.getId(), token, "{\"decision\": \"ACCEPTED\", \"startDate\": \"2026-12-01\"}")
                .andExpect(status().isNoContent());
        ProviderReferral accepted = referrals.find(referral.getId());
        assertThat(accepted.getStatus()).isEqualTo(ProviderReferralStatus.ACCEPTED);
        assertThat(accepted.getStatusChangedBy()).isEqualTo("provider:" + referral.getProvider().getId());
        assertThat(accepted.getStartDate()).hasToString("2026-12-01");
        String caseNumber = arranged.caseNumberOf(accepted);
        assertThat(cases.tasks(caseNumber, "Task_ConfirmWithClient")).hasSize(1);

        respond(referral.getId(), token, "{\"decision\": \"DECLINED\", \"reason\": \"Changed our mind\"}")
                .andExpect(status().isConflict());
        assertThat(referrals.find(referral.getId()).getStatus()).as("nothing changes").isEqualTo(ProviderReferralStatus.ACCEPTED);
        assertThat(changes.findByReferralIdOrderByChangedAtAscIdAsc(referral.getId()))
                .extracting(ProviderReferralStatusChange::getStatus)
                .containsExactly(ProviderReferralStatus.DRAFT, ProviderReferralStatus.REQUESTED, ProviderReferralStatus.ACCEPTED);

        mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(jsonPath("$.referrals[0].id").value(referral.getId()))
                .andExpect(jsonPath("$.referrals[0].serviceType").value("HOME_CARE"))
                .andExpect(jsonPath("$.referrals[0].provider").value("Southgate Care at Home"))
                .andExpect(jsonPath("$.referrals[0].status").value("ACCEPTED"));
    }

    @Test
    void answersAreRefusedWithoutAValidTokenForAnotherProviderUnknownOrInvalid() throws Exception {
        ProviderReferral referral = arranged.sent("Northside Home Care");
        String own = token(referral.getProvider().getId());
        String other = token(arranged.providerId("Southgate Care at Home"));
        String accept = "{\"decision\": \"ACCEPTED\"}";

        respond(referral.getId(), null, accept).andExpect(status().isUnauthorized());
        respond(referral.getId(), "cc_not-a-token", accept).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/referrals/{id}/response", referral.getId()).with(httpBasic("cora", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(accept)).andExpect(status().isUnauthorized());
        respond(referral.getId(), other, accept).andExpect(status().isForbidden());
        respond(999_999_999L, own, accept).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").exists());
        respond(referral.getId(), own, "{\"decision\": \"MAYBE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        respond(referral.getId(), own, "{\"decision\": \"DECLINED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        respond(referral.getId(), own, "{\"decision\": \"ACCEPTED\", \"startDate\": \"soon\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startDate"));
        respond(referral.getId(), own, "not json").andExpect(status().isBadRequest());

        assertThat(referrals.find(referral.getId()).getStatus()).as("nothing was recorded")
                .isEqualTo(ProviderReferralStatus.REQUESTED);
    }

    @Test
    void aDeclineGoesBackToSelectionWithTheReasonShownAndAnotherProviderAccepts() throws Exception {
        ProviderReferral first = arranged.sent("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(first);
        respond(first.getId(), token(first.getProvider().getId()),
                "{\"decision\": \"DECLINED\", \"reason\": \"No carers free in December\"}")
                .andExpect(status().isNoContent());
        assertThat(referrals.find(first.getId()).getStatusReason()).isEqualTo("No carers free in December");

        String taskPage = mvc.perform(get("/tasks/{id}", cases.task(caseNumber, "Task_SelectProvider").getId())
                .with(org.casecoordination.support.Users.cora())).andReturn().getResponse().getContentAsString();
        assertThat(taskPage).contains("No carers free in December").contains("Southgate Care at Home");

        arranged.select(caseNumber, "Southgate Care at Home");
        ProviderReferral second = arranged.all(caseNumber).get(1);
        respond(second.getId(), token(second.getProvider().getId()), "{\"decision\": \"ACCEPTED\"}")
                .andExpect(status().isNoContent());
        assertThat(cases.tasks(caseNumber, "Task_ConfirmWithClient")).hasSize(1);
    }

    @Test
    void aRefusedTokenIsExplainedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/provider/referrals").header("Authorization", "Bearer cc_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].field").isEmpty())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Send a valid provider token: Authorization: Bearer <token>."));
        mvc.perform(get("/api/provider/referrals").header("Accept-Language", "es"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Envíe un token de proveedor válido: Authorization: Bearer <token>."));
        mvc.perform(get("/api/provider/referrals").with(Users.cora()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value("This is for providers' tokens only."));
        mvc.perform(get("/api/provider/referrals").with(Users.cora()).header("Accept-Language", "es"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value("Esto es solo para tokens de proveedores."));
    }

    private ResultActions respond(long referralId, String token, String body) throws Exception {
        var request = post("/api/referrals/{id}/response", referralId).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request);
    }

    private String token(long providerId) throws Exception {
        String body = mvc.perform(post("/api/providers/{id}/tokens", providerId).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"test\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
