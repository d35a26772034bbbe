package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.processes.engine.Incidents;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.casecoordination.system.Languages;
import org.casecoordination.system.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Transport referrals are emailed like any referral; without a mail server referrals are inbox-only. */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class ReferralEmailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    Cases cases;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    ProviderReferralRepository referralRepository;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Incidents incidents;
    @Autowired
    TestMailServer mail;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Words words;
    @Autowired
    Languages languages;

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void aTransportReferralIsEmailedRetriedWhileTheMailServerIsDownAndShownOnTheCase() throws Exception {
        mail.start();
        String caseNumber = arranged.atSelection("ADULT_DAY_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.select(caseNumber, "Sunrise Day Centre");
        cases.acceptOpenReferrals("cora", caseNumber);
        ProviderReferral dayCare = arranged.only(caseNumber);
        mvc.perform(post("/cases/{n}/referrals/{id}/transport", caseNumber, dayCare.getId()).with(Users.cora())
                .with(csrf()).param("transportProviderId", String.valueOf(arranged.providerId("CareRide Transport")))
                .param("pickupAddress", "12 Elm Street, 10001").param("pickupTime", "Tuesdays 8:30")
                .param("mobilityNeeds", "STRETCHER")).andExpect(status().is3xxRedirection());
        ProviderReferral transport = arranged.all(caseNumber).get(1);
        assertThat(transport.getStatus()).as("in the provider's inbox").isEqualTo(ProviderReferralStatus.REQUESTED);

        mail.down();
        Job email = emailJob(caseNumber);
        assertThatThrownBy(() -> managementService.executeJob(email.getId())).isNotNull();
        assertThat(emailJob(caseNumber).getRetries()).as("retried").isEqualTo(2);
        assertThat(referrals.find(transport.getId()).getEmailError()).isNotBlank();
        assertThat(transportCell(caseNumber, dayCare).select(".email-failure").text()).contains("Email not delivered");

        managementService.setJobRetries(email.getId(), 1);
        assertThatThrownBy(() -> managementService.executeJob(email.getId())).isNotNull();
        assertThat(incidents.ofCase(caseNumber)).extracting(Incidents.OpenIncident::step).containsExactly("Email provider");

        mail.up();
        managementService.setJobRetries(email.getId(), 1);
        managementService.executeJob(email.getId());
        MimeMessage[] received = mail.received();
        assertThat(received).hasSize(1);
        assertThat(ReferralCancellationTests.recipient(received[0])).isEqualTo("bookings@careride.example.org");
        assertThat(ReferralCancellationTests.subject(received[0]))
                .isEqualTo("New referral " + transport.getId() + ": Transportation");
        String body = String.valueOf(received[0].getContent()).replace("\r\n", "\n");
        assertThat(body).as("the minimum a provider needs, in plain words")
                .startsWith("A case coordinator has referred a client to CareRide Transport for Transportation.")
                .contains("Referral number: " + transport.getId()).contains("referral inbox")
                .doesNotContain("12 Elm Street").doesNotContain(caseNumber);
        assertThat(referrals.find(transport.getId()).getEmailSentAt()).isNotNull();
        assertThat(transportCell(caseNumber, dayCare).select(".email-failure")).isEmpty();
        assertThat(incidents.ofCase(caseNumber)).isEmpty();
    }

    @Test
    void withoutAMailServerTheReferralIsInboxOnlyAndThePlanSaysNoEmailWasSent() throws Exception {
        ProviderReferral referral = arranged.sent("Northside Home Care");
        ProviderReferralMailer withoutMailServer = new ProviderReferralMailer(referralRepository, new MailServer(""), mailSender,
                transactions,
                new ReferralMailProperties("referrals@case-coordination.example.org"), words, languages,
                new org.springframework.beans.factory.support.StaticListableBeanFactory(java.util.Map.of("letters",
                        (ReferralLetters) r -> {
                            throw new AssertionError("no letter is made when no email can go out");
                        })).getBeanProvider(ReferralLetters.class));

        // as the email job would run it (a transaction of its own); no exception, so no failed step
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> withoutMailServer.send(referral.getId(), ProviderReferralEmailKind.REFERRAL));

        ProviderReferral notEmailed = referrals.find(referral.getId());
        assertThat(notEmailed.getEmailNotSent()).isEqualTo("no mail server configured");
        assertThat(notEmailed.getEmailSentAt()).isNull();
        assertThat(notEmailed.getEmailError()).isNull();
        assertThat(notEmailed.getStatus()).isEqualTo(ProviderReferralStatus.REQUESTED);
        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", arranged.caseNumberOf(referral)).with(Users.cora()))
                .andReturn().getResponse().getContentAsString());
        var row = page.select("#service-plan tr[data-referral-id=" + referral.getId() + "]");
        assertThat(row.select(".email-not-sent").text()).startsWith("Email not sent: no mail server is set up.");
        assertThat(row.select(".email-failure")).isEmpty();
    }

    @Test
    void theApplicationSaysAtStartWhenReferralEmailsAreOff(CapturedOutput output) {
        new MailServer(" ").reportAtStart();
        assertThat(output).contains("Referral emails are off: no mail server configured");

        int before = output.length();
        new MailServer("smtp.example.org").reportAtStart();
        assertThat(output.toString().substring(before)).doesNotContain("Referral emails are off");
    }

    private Job emailJob(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ServiceArrangementProcess.REFERRAL_EMAIL_PROCESS_KEY).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).singleResult();
    }

    private org.jsoup.select.Elements transportCell(String caseNumber, ProviderReferral served) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andReturn().getResponse().getContentAsString());
        return page.select("#service-plan tr[data-referral-id=" + served.getId() + "]");
    }
}
