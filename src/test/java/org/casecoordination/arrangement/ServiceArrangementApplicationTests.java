package org.casecoordination.arrangement;

import org.springframework.security.access.AccessDeniedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.casefile.CaseAccessDeniedException;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.casecoordination.tasklist.TaskActions;
import org.casecoordination.tasklist.TaskValidationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/** The arrangement in the running application: consent, approval, email, the reminder and the case page. */
@ApplicationTest
class ServiceArrangementApplicationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    Cases cases;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    TaskActions taskActions;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    org.casecoordination.supervision.calendar.SlaDueDates slaDueDates;

    @Test
    void withoutConsentNothingIsSentAndTheCoordinatorIsToldWhy() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();

        assertThatThrownBy(() -> arranged.select(caseNumber, "Northside Home Care"))
                .isInstanceOf(TaskValidationException.class)
                .satisfies(e -> assertThat(((TaskValidationException) e).errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("providerId");
                    assertThat(error.message()).contains("No consent to share with providers is recorded");
                }));
        assertThat(arranged.all(caseNumber)).as("no referral written").isEmpty();
        assertThat(cases.task(caseNumber, "Task_SelectProvider").getId()).isEqualTo(taskId);

        // the page says it next to the field
        var refused = mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param("providerId", String.valueOf(arranged.providerId("Northside Home Care"))))
                .andExpect(status().is3xxRedirection()).andReturn(); // back to the task's own address
        String page = mvc.perform(get("/tasks/{id}", taskId).with(Users.cora()).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".invalid-feedback, .text-danger").text())
                .contains("No consent to share with providers is recorded");
    }

    @Test
    void anotherTeamCannotOpenOrCompleteTheTasksOfACasesServiceArrangement() {
        String caseNumber = arranged.atSelection("HOME_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();

        // the task belongs to the called ServiceArrangement instance: its case is found by the business key
        RunAs.user("dana", List.of("coordinators", "team-south"), () -> {
            assertThatThrownBy(() -> taskActions.find(taskId)).isInstanceOf(CaseAccessDeniedException.class);
            assertThatThrownBy(() -> taskActions.complete(taskId, Map.of("providerId",
                    arranged.providerId("Northside Home Care")))).isInstanceOf(CaseAccessDeniedException.class);
            return null;
        });
        assertThat(arranged.all(caseNumber)).as("no referral written").isEmpty();
        assertThat(cases.task(caseNumber, "Task_SelectProvider").getAssignee()).isEqualTo("cora");
    }

    @Test
    void aProviderThatDoesNotOfferTheServiceIsRefused() {
        String caseNumber = arranged.atSelection("HOME_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        assertThatThrownBy(() -> arranged.select(caseNumber, "CareRide Transport"))
                .isInstanceOf(TaskValidationException.class).hasMessageContaining("does not offer Home care");
    }

    @Test
    void aNursingHomePlacementWaitsForTheTeamsSupervisor() {
        String caseNumber = arranged.atSelection("NURSING_HOME");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.select(caseNumber, "Oakwood Nursing Home");
        ProviderReferral draft = arranged.only(caseNumber);
        assertThat(draft.getStatus()).as("not sent before approval").isEqualTo(ProviderReferralStatus.DRAFT);
        String approvalTask = cases.task(caseNumber, "Task_ApprovePlacement").getId();

        assertThatThrownBy(() -> cases.complete("cora", caseNumber, "Task_ApprovePlacement",
                Map.of("placementDecision", "APPROVED"))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only a supervisor");
        assertThatThrownBy(() -> asSam(() -> taskActions.complete(approvalTask,
                Map.of("placementDecision", "REJECTED")))).isInstanceOf(TaskValidationException.class)
                .hasMessageContaining("Say why");

        asSam(() -> taskActions.complete(approvalTask, Map.of("placementDecision", "REJECTED",
                "approvalComment", "Try home care with more hours first.")));
        assertThat(referrals.find(draft.getId()).getStatus()).isEqualTo(ProviderReferralStatus.CANCELLED);
        assertThat(referrals.find(draft.getId()).getStatusReason()).contains("Try home care with more hours first.");
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).hasSize(1);

        arranged.select(caseNumber, "Oakwood Nursing Home");
        String second = cases.task(caseNumber, "Task_ApprovePlacement").getId();
        asSam(() -> taskActions.complete(second, Map.of("placementDecision", "APPROVED")));
        assertThat(arranged.all(caseNumber)).extracting(ProviderReferral::getStatus)
                .containsExactly(ProviderReferralStatus.CANCELLED, ProviderReferralStatus.REQUESTED);
    }

    @Test
    void theReferralIsEmailedAndAFailingMailServerLosesNothing() throws Exception {
        int originalPort = mailSender.getPort();
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            ProviderReferral referral = arranged.sent("Northside Home Care");
            Job email = emailJob(referral);

            mailSender.setPort(unusedPort());
            assertThatThrownBy(() -> managementService.executeJob(email.getId())).isNotNull();
            ProviderReferral failed = referrals.find(referral.getId());
            assertThat(failed.getStatus()).as("still in the provider's inbox").isEqualTo(ProviderReferralStatus.REQUESTED);
            assertThat(failed.getEmailError()).isNotBlank();
            assertThat(emailJob(referral).getRetries()).as("retried").isEqualTo(2);
            String casePage = mvc.perform(get("/cases/{n}", arranged.caseNumberOf(referral)).with(Users.cora()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(casePage).select("#service-plan .email-failure").text())
                    .contains("Email not delivered");

            mailSender.setPort(greenMail.getSmtp().getPort());
            managementService.executeJob(email.getId());
            MimeMessage[] received = greenMail.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString())
                    .isEqualTo("intake@northside-homecare.example.org");
            assertThat(received[0].getSubject()).contains("Home care").contains(String.valueOf(referral.getId()));
            assertThat(referrals.find(referral.getId()).getEmailSentAt()).isNotNull();
            assertThat(referrals.find(referral.getId()).getEmailError()).isNull();
        } finally {
            mailSender.setPort(originalPort);
            greenMail.stop();
        }
    }

    @Test
    void noAnswerGivesTheOwnerAChaseTaskAndTheAnswerRecordedByHandEndsIt() throws Exception {
        ProviderReferral referral = arranged.sent("Southgate Care at Home");
        String caseNumber = arranged.caseNumberOf(referral);
        Job timer = managementService.createJobQuery().processInstanceId(arrangement(caseNumber))
                .activityId("BoundaryEvent_AnswerOverdue").singleResult();
        assertThat(timer.getDuedate()).as("2 business days after the referral was sent (business calendar)")
                .isEqualTo(slaDueDates.referralAnswer(referral.getStatusChangedAt()));
        managementService.executeJob(timer.getId());
        assertThat(cases.task(caseNumber, "Task_ChaseReferral").getAssignee()).isEqualTo("cora");

        mvc.perform(post("/cases/{n}/referrals/{id}/answer", caseNumber, referral.getId()).with(Users.cora())
                        .with(csrf()).param("decision", "DECLINED"))
                .andExpect(status().is3xxRedirection());
        assertThat(referrals.find(referral.getId()).getStatus()).as("a decline needs a reason")
                .isEqualTo(ProviderReferralStatus.REQUESTED);

        mvc.perform(post("/cases/{n}/referrals/{id}/answer", caseNumber, referral.getId()).with(Users.cora())
                        .with(csrf()).param("decision", "ACCEPTED").param("startDate", "2026-12-07"))
                .andExpect(status().is3xxRedirection());
        assertThat(referrals.find(referral.getId()).getStatus()).isEqualTo(ProviderReferralStatus.ACCEPTED);
        assertThat(referrals.find(referral.getId()).getStatusChangedBy()).isEqualTo("cora");
        assertThat(cases.tasks(caseNumber, "Task_ChaseReferral")).isEmpty();

        cases.complete("cora", caseNumber, "Task_ConfirmWithClient", Map.of("startDate", "2026-12-07",
                "schedule", "Mondays 10:00"));
        mvc.perform(post("/cases/{n}/referrals/{id}/delivery", caseNumber, referral.getId()).with(Users.cora())
                .with(csrf()).param("status", "IN_PROGRESS")).andExpect(status().is3xxRedirection());

        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andReturn().getResponse().getContentAsString());
        var row = page.select("#service-plan tr[data-referral-id=" + referral.getId() + "]");
        assertThat(row.select(".referral-status").text()).isEqualTo("Service started");
        assertThat(row.text()).contains("Southgate Care at Home").contains("Dec 7, 2026").contains("Mondays 10:00")
                .contains("Service started less than an hour by Cora Lindqvist");
        Document enEspanol = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString());
        assertThat(enEspanol.select("#service-plan tr[data-referral-id=" + referral.getId() + "]").text())
                .contains("7 dic 2026").contains("menos de una hora").doesNotContain("hour");

        // the follow-up contact shows how the service is going
        String caseInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("CaseLifecycle").singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(caseInstance).timers()
                .orderByJobDuedate().asc().list().get(0).getId());
        Document followUp = Jsoup.parse(mvc.perform(get("/tasks/{id}", cases.task(caseNumber, "Task_FollowUp")
                .getId()).with(Users.cora())).andReturn().getResponse().getContentAsString());
        assertThat(followUp.select("#service-plan tr[data-referral-id=" + referral.getId() + "] .referral-status")
                .text()).isEqualTo("Service started");
    }

    @Test
    void transportToADayCentreIsItsOwnReferralLinkedToTheService() throws Exception {
        String caseNumber = arranged.atSelection("ADULT_DAY_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.select(caseNumber, "Sunrise Day Centre");
        cases.acceptOpenReferrals("cora", caseNumber);
        ProviderReferral dayCare = arranged.only(caseNumber);
        long careRide = arranged.providerId("CareRide Transport");

        mvc.perform(post("/cases/{n}/referrals/{id}/transport", caseNumber, dayCare.getId()).with(Users.cora())
                .with(csrf()).param("transportProviderId", String.valueOf(careRide))
                .param("mobilityNeeds", "WHEELCHAIR")).andExpect(status().is3xxRedirection());
        assertThat(arranged.all(caseNumber)).as("no pickup details: nothing booked").hasSize(1);

        mvc.perform(post("/cases/{n}/referrals/{id}/transport", caseNumber, dayCare.getId()).with(Users.cora())
                .with(csrf()).param("transportProviderId", String.valueOf(careRide))
                .param("pickupAddress", "12 Elm Street, 10001").param("pickupTime", "Tuesdays 8:30")
                .param("returnTime", "Tuesdays 15:00").param("mobilityNeeds", "WHEELCHAIR"))
                .andExpect(status().is3xxRedirection());
        ProviderReferral transport = arranged.all(caseNumber).get(1);
        assertThat(transport.getServiceType()).isEqualTo(ServiceType.TRANSPORTATION);
        assertThat(transport.getServesReferralId()).isEqualTo(dayCare.getId());
        assertThat(transport.getStatus()).isEqualTo(ProviderReferralStatus.REQUESTED);
        assertThat(transport.getMobilityNeeds()).isEqualTo("WHEELCHAIR");

        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#service-plan tr[data-referral-id=" + dayCare.getId() + "] .transport").text())
                .contains("CareRide Transport").contains("Tuesdays 8:30").contains("Wheelchair");
    }

    @Test
    void aColleagueOfAnotherTeamCannotRecordAnAnswer() throws Exception {
        ProviderReferral referral = arranged.sent("Northside Home Care");
        mvc.perform(post("/cases/{n}/referrals/{id}/answer", arranged.caseNumberOf(referral), referral.getId())
                        .with(Users.dana()).with(csrf()).param("decision", "ACCEPTED"))
                .andExpect(status().isForbidden());
        assertThat(referrals.find(referral.getId()).getStatus()).isEqualTo(ProviderReferralStatus.REQUESTED);
    }

    private Job emailJob(ProviderReferral referral) {
        return managementService.createJobQuery().processInstanceId(arrangement(arranged.caseNumberOf(referral)))
                .activityId("Task_EmailReferral").singleResult();
    }

    private String arrangement(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("ServiceArrangement").singleResult().getId();
    }

    private static int unusedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void asSam(Runnable work) {
        RunAs.user("sam", List.of("supervisors", "team-north", "team-south"), () -> {
            work.run();
            return null;
        });
    }
}
