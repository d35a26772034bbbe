package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import org.casecoordination.arrangement.ArrangedCases;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A provider's system works its referrals in FHIR as it does through /api/referrals: it reads the Tasks sent to it,
 * accepts or declines them and records delivery with version-aware updates; the case moves on as it would.
 */
@ApplicationTest
class FhirTaskTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    Cases cases;
    @Autowired
    FhirContext fhir;

    @Test
    void aProviderAcceptsItsTaskAndTheCaseMovesToConfirmingWithTheClient() throws Exception {
        ProviderReferral referral = arranged.sent("Northside Home Care");
        String token = arranged.token(arranged.providerId("Northside Home Care"));

        Bundle inbox = read(get("/fhir/Task").param("status", "requested").with(bearer(token)), status().isOk(),
                Bundle.class);
        assertThat(inbox.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(String.valueOf(referral.getId()));
        Task task = read(get("/fhir/Task/{id}", referral.getId()).with(bearer(token)), status().isOk(), Task.class);
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/" + referral.getId());
        ServiceRequest request = read(get("/fhir/" + task.getFocus().getReference()).with(bearer(token)),
                status().isOk(), ServiceRequest.class);
        assertThat(request.getCode().getCodingFirstRep().getDisplay()).isEqualTo("Home care");
        assertThat(request.getReasonCode()).as("no diagnosis or concern goes to a provider").isEmpty();

        task.setStatus(Task.TaskStatus.ACCEPTED);
        task.getExecutionPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-12-14"));
        Task accepted = read(update(referral.getId(), task, token, "W/\"" + task.getMeta().getVersionId() + "\""),
                status().isOk(), Task.class);
        assertThat(accepted.getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);
        assertThat(accepted.getMeta().getVersionId()).isNotEqualTo(task.getMeta().getVersionId());
        assertThat(referrals.find(referral.getId()).getStartDate()).hasToString("2026-12-14");
        assertThat(cases.tasks(arranged.caseNumberOf(referral), "Task_ConfirmWithClient")).hasSize(1);
    }

    @Test
    void aStaleVersionAMissingReasonAndAnotherProvidersTaskAreRefused() throws Exception {
        ProviderReferral referral = arranged.sent("Northside Home Care");
        String token = arranged.token(arranged.providerId("Northside Home Care"));
        Task task = read(get("/fhir/Task/{id}", referral.getId()).with(bearer(token)), status().isOk(), Task.class);

        task.setStatus(Task.TaskStatus.REJECTED);
        OperationOutcome noReason = read(update(referral.getId(), task, token, "W/\"" + task.getMeta().getVersionId()
                + "\""), status().isBadRequest(), OperationOutcome.class);
        assertThat(noReason.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Task.statusReason.text");
        read(update(referral.getId(), task, token, null), status().isPreconditionFailed(), OperationOutcome.class);
        read(update(referral.getId(), task, token, "W/\"999\""), status().isPreconditionFailed(),
                OperationOutcome.class);
        task.getStatusReason().setText("No carers free in that area until March.");
        String other = arranged.token(arranged.providerId("Southgate Care at Home"));
        read(update(referral.getId(), task, other, "W/\"" + task.getMeta().getVersionId() + "\""),
                status().isForbidden(), OperationOutcome.class);
        read(get("/fhir/Task/{id}", referral.getId()).with(bearer(other)), status().isNotFound(),
                OperationOutcome.class);
        assertThat(referrals.find(referral.getId()).getStatus()).isEqualTo(ProviderReferralStatus.REQUESTED);

        read(update(referral.getId(), task, token, "W/\"" + task.getMeta().getVersionId() + "\""), status().isOk(),
                Task.class);
        ProviderReferral declined = referrals.find(referral.getId());
        assertThat(declined.getStatus()).isEqualTo(ProviderReferralStatus.REJECTED);
        assertThat(declined.getStatusReason()).isEqualTo("No carers free in that area until March.");

        // declined already: accepting now is a conflict, as through /api/referrals/{id}/response
        Task again = read(get("/fhir/Task/{id}", referral.getId()).with(bearer(token)), status().isOk(), Task.class);
        again.setStatus(Task.TaskStatus.ACCEPTED);
        read(update(referral.getId(), again, token, "W/\"" + again.getMeta().getVersionId() + "\""),
                status().isConflict(), OperationOutcome.class);
    }

    @Test
    void theProviderRecordsDeliveryAndTheCoordinatorReadsItInFhir() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String token = arranged.token(arranged.providerId("Northside Home Care"));
        Task task = read(get("/fhir/Task/{id}", referral.getId()).with(bearer(token)), status().isOk(), Task.class);
        task.setStatus(Task.TaskStatus.CANCELLED);
        task.getStatusReason().setText("The client moved into a nursing home.");
        read(update(referral.getId(), task, token, "W/\"" + task.getMeta().getVersionId() + "\""), status().isOk(),
                Task.class);

        Task seen = read(get("/fhir/Task/{id}", referral.getId()).with(httpBasic("cora", "demo")), status().isOk(),
                Task.class);
        assertThat(seen.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
        assertThat(seen.getStatusReason().getText()).isEqualTo("The client moved into a nursing home.");
        read(get("/fhir/Task/{id}", referral.getId()).with(httpBasic("dana", "demo")), status().isNotFound(),
                OperationOutcome.class);
        read(put("/fhir/Task/{id}", referral.getId()).with(httpBasic("cora", "demo"))
                .contentType("application/fhir+json").content(fhir.newJsonParser().encodeResourceToString(seen)),
                status().isForbidden(), OperationOutcome.class);
    }

    private MockHttpServletRequestBuilder update(long id, Task task, String token, String ifMatch) {
        MockHttpServletRequestBuilder request = put("/fhir/Task/{id}", id).with(bearer(token))
                .contentType("application/fhir+json").content(fhir.newJsonParser().encodeResourceToString(task));
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private <T extends Resource> T read(MockHttpServletRequestBuilder request, ResultMatcher expected, Class<T> type)
            throws Exception {
        String body = mvc.perform(request).andExpect(expected)
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/fhir+json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return fhir.newJsonParser().parseResource(type, body);
    }
}
