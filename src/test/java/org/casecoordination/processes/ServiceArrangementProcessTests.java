package org.casecoordination.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casecoordination.assessment.safety.TeamSupervisors;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.supervision.calendar.SlaDueDates;
import org.casecoordination.supervision.calendar.SlaTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;

/**
 * Tier-2 tests of processes/service-arrangement.bpmn on the plain engine: the referral record is the app's (here
 * the send and email steps are stand-ins), the paths are the diagram's. Variables as the app sets them: the
 * called process gets caseNumber, team, owner and serviceType; choosing a provider sets referralId.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "processes/service-arrangement.bpmn",
        "processes/approval-required.dmn",
        "forms/select-provider.form",
        "forms/approve-placement.form",
        "forms/chase-referral.form",
        "forms/confirm-with-client.form"})
class ServiceArrangementProcessTests {

    static final String OWNER = "coordinator.anna";
    static final String TEAM = "team-north";
    /** A Monday off in the business calendar of these tests (Berlin, Monday to Friday 08:00-18:00). */
    static final LocalDate HOLIDAY = LocalDate.of(2026, 12, 14);

    ProcessEngine processEngine;

    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger emailed = new AtomicInteger();
    boolean consentRevoked;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("sendReferralDelegate", (JavaDelegate) execution -> {
            if (consentRevoked) {
                throw new BpmnError(ServiceArrangementProcess.ERROR_CONSENT_MISSING, "consent revoked");
            }
            sent.incrementAndGet();
            execution.setVariable("referralSentAt", ClockUtil.getCurrentTime());
        });
        Mocks.register("emailReferralDelegate", (JavaDelegate) execution -> emailed.incrementAndGet());
        // as arrangement.ServiceLabelListener: the service's words, from its code
        Mocks.register("serviceLabelListener", (ExecutionListener) execution -> execution.setVariable("serviceLabel",
                "label of " + execution.getVariable("serviceType")));
        TeamSupervisors supervisors = Mockito.mock(TeamSupervisors.class);
        Mockito.when(supervisors.of(Mockito.anyString())).thenAnswer(call -> new ArrayList<>(List.of("sue")));
        Mocks.register("teamSupervisors", supervisors);
        Mocks.register("slaDueDates", new SlaDueDates(Mockito.mock(CaseRepository.class),
                DiagramBeans.calendar(HOLIDAY), SlaTimes.defaults()));
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void acceptedReferralIsConfirmedWithTheClientAndEnds() {
        ProcessInstance instance = start("HOME_CARE");
        assertThat(task("Task_SelectProvider", instance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM)
                .hasName("Select provider \u2013 label of HOME_CARE");
        Assertions.assertThat(deployedFormId(task("Task_SelectProvider", instance).getId()))
                .isEqualTo("select-provider");
        select(instance, 101L);

        assertThat(instance).isWaitingAt("Task_AwaitAnswer", "Task_EmailReferral")
                .hasPassed("Task_SendReferral").hasNotPassed("Task_ApprovePlacement");
        Assertions.assertThat(sent).hasValue(1);
        execute(job("Task_EmailReferral", instance));
        Assertions.assertThat(emailed).hasValue(1);

        answer("ReferralAccepted", 101L);
        assertThat(task("Task_ConfirmWithClient", instance)).isAssignedTo(OWNER)
                .hasName("Confirm with client \u2013 label of HOME_CARE");
        complete(task("Task_ConfirmWithClient", instance), withVariables("startDate", "2026-12-01", "schedule", "Mon"));
        assertThat(instance).isEnded().hasPassed("EndEvent_ServiceArranged");
    }

    @Test
    void declinedReferralGoesBackToSelectionAndAnotherProviderAccepts() {
        ProcessInstance instance = start("HOME_CARE");
        select(instance, 101L);
        answer("ReferralDeclined", 101L);

        assertThat(instance).isWaitingAt("Task_SelectProvider").hasPassed("BoundaryEvent_ReferralDeclined");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("the unsent email and the chase timer end with the wait").isZero();
        select(instance, 102L);
        answer("ReferralAccepted", 102L);
        assertThat(instance).isWaitingAt("Task_ConfirmWithClient");
        Assertions.assertThat(sent).hasValue(2);
    }

    @Test
    void noAnswerInTwoBusinessDaysGivesTheOwnerAChaseTaskThatTheAnswerEnds() {
        ClockUtil.setCurrentTime(berlin(2026, 12, 1, 10, 0)); // a Tuesday
        ProcessInstance instance = start("ADULT_DAY_CARE");
        select(instance, 101L);
        Job timer = job("BoundaryEvent_AnswerOverdue", instance);
        Assertions.assertThat(timer.getDuedate()).as("the close of Thursday").isEqualTo(berlin(2026, 12, 3, 18, 0));

        execute(timer);
        assertThat(task("Task_ChaseReferral", instance)).isAssignedTo(OWNER).hasCandidateGroupAssociated(TEAM);

        // chasing does not stop the wait: the referral can still be accepted
        complete(task("Task_ChaseReferral", instance), withVariables("chaseNotes", "Left a message."));
        assertThat(instance).isWaitingAt("Task_AwaitAnswer");
        answer("ReferralAccepted", 101L);
        assertThat(instance).isWaitingAt("Task_ConfirmWithClient");
    }

    @Test
    void aReferralSentOnThursdayIsChasedAfterTheWeekend() {
        ClockUtil.setCurrentTime(berlin(2026, 12, 3, 10, 0)); // Thursday
        ProcessInstance instance = start("HOME_CARE");
        select(instance, 101L);
        Assertions.assertThat(job("BoundaryEvent_AnswerOverdue", instance).getDuedate())
                .as("Friday and Monday are the two business days").isEqualTo(berlin(2026, 12, 7, 18, 0));

        ClockUtil.setCurrentTime(berlin(2026, 12, 6, 12, 0)); // Sunday: two calendar days have passed
        Assertions.assertThat(executableTimer(instance)).as("not due at the weekend").isNull();

        ClockUtil.setCurrentTime(berlin(2026, 12, 7, 18, 1));
        execute(executableTimer(instance));
        assertThat(task("Task_ChaseReferral", instance)).isAssignedTo(OWNER);
    }

    @Test
    void aReferralSentOnFridaySkipsTheWeekendAndAHoliday() {
        ClockUtil.setCurrentTime(berlin(2026, 12, 11, 16, 30)); // Friday before the holiday Monday
        ProcessInstance instance = start("HOME_CARE");
        select(instance, 101L);
        Assertions.assertThat(job("BoundaryEvent_AnswerOverdue", instance).getDuedate())
                .as("Tuesday and Wednesday: the weekend and the holiday do not count")
                .isEqualTo(berlin(2026, 12, 16, 18, 0));

        ClockUtil.setCurrentTime(berlin(2026, 12, 15, 18, 1)); // the close of Tuesday: one business day
        Assertions.assertThat(executableTimer(instance)).isNull();
        ClockUtil.setCurrentTime(berlin(2026, 12, 16, 18, 1));
        execute(executableTimer(instance));
        assertThat(instance).isWaitingAt("Task_ChaseReferral", "Task_AwaitAnswer");
    }

    @Test
    void anAnswerWhileTheChaseTaskIsOpenEndsTheChase() {
        ProcessInstance instance = start("HOME_CARE");
        select(instance, 101L);
        execute(job("BoundaryEvent_AnswerOverdue", instance));
        assertThat(instance).isWaitingAt("Task_ChaseReferral", "Task_AwaitAnswer", "Task_EmailReferral");

        answer("ReferralAccepted", 101L);
        assertThat(instance).isWaitingAt("Task_ConfirmWithClient").isNotWaitingAt("Task_ChaseReferral");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("the unsent email ends with the wait").isZero();
    }

    @Test
    void costlyPlacementWaitsForASupervisorWhoApproves() {
        ProcessInstance instance = start("NURSING_HOME");
        select(instance, 101L);

        assertThat(instance).isWaitingAt("Task_ApprovePlacement").variables().containsEntry("approvalRequired", true);
        assertThat(task("Task_ApprovePlacement", instance)).hasCandidateUser("sue").isNotAssigned();
        Assertions.assertThat(sent).as("nothing sent before approval").hasValue(0);

        complete(task("Task_ApprovePlacement", instance), withVariables("placementDecision", "APPROVED"));
        assertThat(instance).isWaitingAt("Task_AwaitAnswer");
        Assertions.assertThat(sent).hasValue(1);
    }

    @Test
    void refusedPlacementReturnsToSelectionWithoutSending() {
        ProcessInstance instance = start("RESIDENTIAL_CARE");
        select(instance, 101L);
        complete(task("Task_ApprovePlacement", instance), withVariables("placementDecision", "REJECTED",
                "approvalComment", "Try home care first."));

        assertThat(instance).isWaitingAt("Task_SelectProvider").hasPassed("Gateway_PlacementApproved").hasNotPassed("Task_SendReferral");
        Assertions.assertThat(sent).hasValue(0);
    }

    @Test
    void consentRevokedBeforeSendingReturnsToSelection() {
        ProcessInstance instance = start("HOME_CARE");
        consentRevoked = true;
        select(instance, 101L);

        assertThat(instance).isWaitingAt("Task_SelectProvider").hasPassed("BoundaryEvent_ConsentMissing")
                .hasNotPassed("SubProcess_AwaitAnswer");
    }

    @Test
    void onlyCostlyPlacementsNeedApproval() {
        for (String type : List.of("TRANSPORTATION", "HOME_CARE", "ADULT_DAY_CARE", "REHABILITATION",
                "MENTAL_HEALTH_CLINIC", "SUBSTANCE_USE_PROGRAM", "SOCIAL_SERVICES")) {
            ProcessInstance instance = start(type);
            select(instance, 101L);
            assertThat(instance).as(type).hasNotPassed("Task_ApprovePlacement").isWaitingAt("Task_AwaitAnswer");
        }
    }

    private ProcessInstance start(String serviceType) {
        return runtimeService().startProcessInstanceByKey("ServiceArrangement", "CC-2026-000001", withVariables(
                "caseNumber", "CC-2026-000001", "team", TEAM, "owner", OWNER, "serviceType", serviceType));
    }

    /** As the app does: the chosen provider becomes a referral whose id the process keeps. */
    private void select(ProcessInstance instance, long referralId) {
        complete(task("Task_SelectProvider", instance), withVariables("referralId", referralId));
    }

    private void answer(String message, long referralId) {
        runtimeService().createMessageCorrelation(message).processInstanceVariableEquals("referralId", referralId)
                .correlateWithResult();
    }

    private static String deployedFormId(String taskId) {
        try (var form = BpmnAwareTests.formService().getDeployedTaskForm(taskId)) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Job executableTimer(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_AnswerOverdue").executable().singleResult();
    }

    private static Date berlin(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Europe/Berlin"))
                .toInstant());
    }

    private static Job job(String activityId, ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }
}
