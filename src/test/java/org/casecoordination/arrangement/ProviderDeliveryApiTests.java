package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The provider records the delivery of a service it accepted; the follow-up contact shows it. */
@ApplicationTest
class ProviderDeliveryApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    Cases cases;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void theProviderStartsAndCompletesTheServiceAndTheFollowUpContactShowsIt() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String token = arranged.token(referral.getProvider().getId());
        String caseNumber = arranged.caseNumberOf(referral);

        deliver(referral.getId(), token, "{\"status\": \"IN_PROGRESS\", \"note\": \"First visit done\"}")
                .andExpect(status().isNoContent());
        ProviderReferral running = referrals.find(referral.getId());
        assertThat(running.getStatus()).isEqualTo(ProviderReferralStatus.IN_PROGRESS);
        assertThat(running.getStatusChangedBy()).isEqualTo("provider:" + referral.getProvider().getId());
        assertThat(running.getStatusReason()).isEqualTo("First visit done");
        assertThat(running.getStatusChangedAt()).isAfterOrEqualTo(referral.getStatusChangedAt());

        Element row = followUpRow(caseNumber, referral);
        assertThat(row.select(".referral-status").text()).isEqualTo("Service started");
        assertThat(row.text()).contains("by Northside Home Care (provider)").contains("First visit done");

        deliver(referral.getId(), token, "{\"status\": \"COMPLETED\"}").andExpect(status().isNoContent());
        assertThat(referrals.history(referral.getId())).extracting(ProviderReferralStatusChange::getStatus).containsExactly(
                ProviderReferralStatus.DRAFT, ProviderReferralStatus.REQUESTED, ProviderReferralStatus.ACCEPTED, ProviderReferralStatus.IN_PROGRESS,
                ProviderReferralStatus.COMPLETED);
        assertThat(referrals.history(referral.getId())).last().satisfies(change -> {
            assertThat(change.getChangedBy()).isEqualTo("provider:" + referral.getProvider().getId());
            assertThat(change.getChangedAt()).isNotNull();
        });
        assertThat(followUpRow(caseNumber, referral).select(".referral-status").text()).isEqualTo("Service delivered");
        mvc.perform(get("/api/provider/referrals").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(referral.getId())).isEmpty());

        deliver(referral.getId(), token, "{\"status\": \"ENDED\", \"note\": \"Too late\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].message").exists());
        assertThat(referrals.find(referral.getId()).getStatus()).as("nothing after completion")
                .isEqualTo(ProviderReferralStatus.COMPLETED);
    }

    @Test
    void endedIsRecordedAsCancelledWithTheReason() throws Exception {
        ProviderReferral referral = arranged.accepted("Southgate Care at Home");
        String token = arranged.token(referral.getProvider().getId());

        deliver(referral.getId(), token, "{\"status\": \"ENDED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        deliver(referral.getId(), token, "{\"status\": \"ENDED\", \"note\": \"Client moved to a nursing home\"}")
                .andExpect(status().isNoContent());

        ProviderReferral ended = referrals.find(referral.getId());
        assertThat(ended.getStatus()).isEqualTo(ProviderReferralStatus.CANCELLED);
        assertThat(ended.getStatusReason()).isEqualTo("Client moved to a nursing home");
        mvc.perform(get("/api/provider/referrals/{id}", referral.getId()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.statusReason").value("Client moved to a nursing home"))
                .andExpect(jsonPath("$.client").doesNotExist());
    }

    @Test
    void deliveryIsRefusedWithoutAValidTokenForAnotherProviderUnknownInvalidOrOutOfTurn() throws Exception {
        ProviderReferral requested = arranged.sent("Northside Home Care");
        String own = arranged.token(requested.getProvider().getId());
        String other = arranged.token(arranged.providerId("Southgate Care at Home"));
        String started = "{\"status\": \"IN_PROGRESS\"}";

        deliver(requested.getId(), null, started).andExpect(status().isUnauthorized());
        deliver(requested.getId(), "cc_not-a-token", started).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/referrals/{id}/delivery", requested.getId()).with(httpBasic("cora", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(started)).andExpect(status().isUnauthorized());
        deliver(requested.getId(), other, started).andExpect(status().isForbidden());
        deliver(999_999_999L, own, started).andExpect(status().isNotFound());
        deliver(requested.getId(), own, "{\"status\": \"DELIVERED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        deliver(requested.getId(), own, "{\"status\": \"COMPLETED\", \"note\": \"" + "x".repeat(1001) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        deliver(requested.getId(), own, "not json").andExpect(status().isBadRequest());
        deliver(requested.getId(), own, started).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "A referral that is \u201cSent, waiting for an answer\u201d cannot become \u201cService started\u201d."));
        mvc.perform(post("/api/referrals/{id}/delivery", requested.getId()).header("Authorization", "Bearer " + own)
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content(started))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("Una derivación en estado "
                        + "\u201cEnviada, esperando respuesta\u201d no puede pasar a \u201cServicio iniciado\u201d."));
        assertThat(referrals.find(requested.getId()).getStatus()).as("nothing was recorded")
                .isEqualTo(ProviderReferralStatus.REQUESTED);

        ProviderReferral accepted = arranged.accepted("Southgate Care at Home");
        String southgate = arranged.token(accepted.getProvider().getId());
        deliver(accepted.getId(), southgate, started).andExpect(status().isNoContent());
        deliver(accepted.getId(), southgate, started).andExpect(status().isConflict()); // already in progress
    }

    /** The service's row on the case's follow-up task page (the follow-up timer fired). */
    private Element followUpRow(String caseNumber, ProviderReferral referral) throws Exception {
        if (cases.tasks(caseNumber, "Task_FollowUp").isEmpty()) {
            String caseInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .processDefinitionKey(CaseLifecycleProcess.PROCESS_KEY).singleResult().getId();
            managementService.executeJob(managementService.createJobQuery().processInstanceId(caseInstance)
                    .activityId("TimerEvent_FollowUpDue").singleResult().getId());
        }
        String page = mvc.perform(get("/tasks/{id}", cases.task(caseNumber, "Task_FollowUp").getId())
                .with(Users.cora())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).selectFirst("#service-plan tr[data-referral-id=" + referral.getId() + "]");
    }

    private ResultActions deliver(long referralId, String token, String body) throws Exception {
        var request = post("/api/referrals/{id}/delivery", referralId).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request);
    }
}
