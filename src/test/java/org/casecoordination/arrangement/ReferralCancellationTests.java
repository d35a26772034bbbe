package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Open referrals end when the case is closed early or the service they serve ends; their providers are told. */
@ApplicationTest
class ReferralCancellationTests {

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
    @Autowired
    TestMailServer mail;

    @BeforeEach
    void startMailServer() {
        mail.start();
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void closingACaseEarlyCancelsItsOpenReferralsAndTellsTheirProviders() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE", "ADULT_DAY_CARE", "NURSING_HOME");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.selectFor(caseNumber, ServiceType.HOME_CARE, "Northside Home Care");
        arranged.selectFor(caseNumber, ServiceType.ADULT_DAY_CARE, "Sunrise Day Centre");
        arranged.selectFor(caseNumber, ServiceType.NURSING_HOME, "Oakwood Nursing Home");
        ProviderReferral homeCare = referral(caseNumber, ServiceType.HOME_CARE);
        ProviderReferral dayCare = referral(caseNumber, ServiceType.ADULT_DAY_CARE);
        ProviderReferral placement = referral(caseNumber, ServiceType.NURSING_HOME);
        cases.as("cora", () -> {
            referrals.answer(dayCare.getId(), new ProviderReferralAnswer(true, null, LocalDate.now().plusDays(7)),
                    "provider:" + dayCare.getProvider().getId());
            return null;
        });
        bookTransport(caseNumber, dayCare);
        ProviderReferral transport = referral(caseNumber, ServiceType.TRANSPORTATION);
        assertThat(List.of(referrals.find(homeCare.getId()).getStatus(), referrals.find(dayCare.getId()).getStatus(),
                placement.getStatus(), transport.getStatus())).containsExactly(ProviderReferralStatus.REQUESTED,
                ProviderReferralStatus.ACCEPTED, ProviderReferralStatus.DRAFT, ProviderReferralStatus.REQUESTED);
        String northside = arranged.token(homeCare.getProvider().getId());

        mvc.perform(post("/cases/{n}/close", caseNumber).with(Users.cora()).with(csrf())
                .param("reason", "MOVED_AWAY")).andExpect(status().is3xxRedirection());

        for (ProviderReferral referral : arranged.all(caseNumber)) {
            assertThat(referral.getStatus()).as(referral.getServiceType().name()).isEqualTo(ProviderReferralStatus.CANCELLED);
            assertThat(referral.getStatusChangedBy()).isEqualTo("cora");
            assertThat(referral.getStatusReason()).isEqualTo("The coordinating agency closed the case");
            assertThat(referrals.history(referral.getId())).last()
                    .extracting(ProviderReferralStatusChange::getStatus).isEqualTo(ProviderReferralStatus.CANCELLED);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ServiceArrangementProcess.PROCESS_KEY).count()).isZero();

        // out of the provider's inbox; its status says why
        mvc.perform(get("/api/provider/referrals").header("Authorization", "Bearer " + northside))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(homeCare.getId())).isEmpty());
        mvc.perform(get("/api/provider/referrals/{id}", homeCare.getId()).header("Authorization", "Bearer " + northside))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.statusReason").value("The coordinating agency closed the case"))
                .andExpect(jsonPath("$.statusChangedAt").exists());
        mvc.perform(get("/api/provider/referrals/cancelled").header("Authorization", "Bearer " + northside))
                .andExpect(jsonPath("$[?(@.id == %d)].status".formatted(homeCare.getId())).value("CANCELLED"));

        // an email to each provider that had the referral (the placement was never sent: nobody to tell)
        emailJobs(caseNumber).forEach(job -> managementService.executeJob(job.getId()));
        MimeMessage[] received = mail.received();
        assertThat(Arrays.stream(received).map(ReferralCancellationTests::recipient)).containsExactlyInAnyOrder(
                "intake@northside-homecare.example.org", "hello@sunrise-day.example.org",
                "bookings@careride.example.org");
        assertThat(Arrays.stream(received).map(ReferralCancellationTests::subject))
                .allMatch(subject -> subject.startsWith("Referral cancelled"));
        assertThat(referrals.find(homeCare.getId()).getEmailSentAt()).isNotNull();
    }

    @Test
    void aServiceThatEndsTakesItsTransportWithItAndTheDriverIsTold() throws Exception {
        String caseNumber = arranged.atSelection("ADULT_DAY_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.select(caseNumber, "Sunrise Day Centre");
        cases.acceptOpenReferrals("cora", caseNumber);
        ProviderReferral dayCare = arranged.only(caseNumber);
        bookTransport(caseNumber, dayCare);
        ProviderReferral transport = referral(caseNumber, ServiceType.TRANSPORTATION);
        emailJobs(caseNumber).forEach(job -> managementService.executeJob(job.getId()));
        assertThat(mail.received()).as("the transport referral itself").hasSize(1);

        mvc.perform(post("/cases/{n}/referrals/{id}/delivery", caseNumber, dayCare.getId()).with(Users.cora())
                .with(csrf()).param("status", "CANCELLED").param("reason", "Client prefers home care"))
                .andExpect(status().is3xxRedirection());

        ProviderReferral cancelled = referrals.find(transport.getId());
        assertThat(cancelled.getStatus()).isEqualTo(ProviderReferralStatus.CANCELLED);
        assertThat(cancelled.getStatusChangedBy()).isEqualTo("cora");
        assertThat(cancelled.getStatusReason()).isEqualTo("The service it takes the client to ended.");
        emailJobs(caseNumber).forEach(job -> managementService.executeJob(job.getId()));
        assertThat(mail.received()).hasSize(2);
        assertThat(subject(mail.received()[1])).isEqualTo("Referral cancelled " + transport.getId() + ": Transportation");
        assertThat(recipient(mail.received()[1])).isEqualTo("bookings@careride.example.org");
    }

    private void bookTransport(String caseNumber, ProviderReferral served) throws Exception {
        mvc.perform(post("/cases/{n}/referrals/{id}/transport", caseNumber, served.getId()).with(Users.cora())
                .with(csrf()).param("transportProviderId", String.valueOf(arranged.providerId("CareRide Transport")))
                .param("pickupAddress", "12 Elm Street, 10001").param("pickupTime", "Tuesdays 8:30")
                .param("mobilityNeeds", "WHEELCHAIR")).andExpect(status().is3xxRedirection());
    }

    private ProviderReferral referral(String caseNumber, ServiceType type) {
        return arranged.all(caseNumber).stream().filter(r -> r.getServiceType() == type).findFirst().orElseThrow();
    }

    private List<Job> emailJobs(String caseNumber) {
        return managementService.createJobQuery().processDefinitionKey(ServiceArrangementProcess.REFERRAL_EMAIL_PROCESS_KEY)
                .list().stream().filter(job -> caseNumber.equals(runtimeService.createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey())).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
