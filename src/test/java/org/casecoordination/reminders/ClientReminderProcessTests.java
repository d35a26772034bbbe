package org.casecoordination.reminders;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.processes.ClientReminderProcess;
import org.casecoordination.processes.ClientReminderProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * processes/client-reminder.bpmn on the plain engine with its clock: the timers at the agency's moments, a move
 * that re-arms them, a cancellation that ends everything, one send job a message held through quiet hours and
 * retried on a failing gateway, a service's first day without a two-hours-before reminder, an acceptance soon after.
 * The write step is the real delegate over a stand-in writer; the send step a stand-in that answers as messaging does.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/client-reminder.bpmn")
class ClientReminderProcessTests {

    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    static final String CASE = "CC-2026-000042";

    ProcessEngine processEngine;
    final ReminderWriter writer = mock(ReminderWriter.class);
    /** What each call of the send step answers: a hold until then, null for sent, or a failing gateway. */
    final Deque<Object> answers = new ArrayDeque<>();
    final List<Long> sent = new ArrayList<>();
    /** The messages whose send step ended, normally or interrupted (the withdrawal listener's calls). */
    final List<Long> ended = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("reminderTimes", new ReminderTimes(LocalTime.of(18, 0), ZONE));
        Mocks.register("reminderMessages", new ReminderMessages());
        Mocks.register("writeReminderDelegate", new WriteReminderDelegate(writer));
        Mocks.register("sendReminderDelegate", (JavaDelegate) execution -> {
            Object answer = answers.poll();
            if (answer instanceof RuntimeException failure) {
                throw failure;
            }
            sent.add(((Number) execution.getVariable(Variables.MESSAGE_ID)).longValue());
            execution.setVariableLocal(Variables.HOLD_UNTIL, answer);
        });
        Mocks.register("reminderWithdrawal", (ExecutionListener) execution -> ended.add(
                ((Number) execution.getVariable(Variables.MESSAGE_ID)).longValue()));
        when(writer.write(any(), any(), anyLong(), any())).thenReturn(List.of(7L, 8L));
        clockAt("2026-11-02T09:00");
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
    }

    static void clockAt(String dateTime) {
        ClockUtil.setCurrentTime(Date.from(local(dateTime)));
    }

    ProcessInstance start(MessagePurpose purpose, String startsAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_NUMBER, CASE);
        variables.put(Variables.REMINDER_FOR, purpose.name());
        variables.put(Variables.SUBJECT_ID, 12L);
        variables.put(Variables.SUBJECT, "APPOINTMENT-12");
        variables.put(Variables.STARTS_AT, Date.from(local(startsAt)));
        variables.put(Variables.ARMED_AT, ClockUtil.getCurrentTime());
        return runtimeService().startProcessInstanceByKey(ClientReminderProcess.PROCESS_KEY, CASE, variables);
    }

    List<Job> timers(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .sorted(Comparator.comparing(Job::getDuedate)).toList();
    }

    List<Job> sendJobs(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).messages().list();
    }

    void fire(Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
    }

    void sendAll(ProcessInstance instance) {
        sendJobs(instance).forEach(job -> managementService().executeJob(job.getId()));
    }

    @Test
    void anAppointmentWaitsForTheDayBeforeAtSixAndTwoHoursBeforeThenSendsEachMessageInItsOwnJob() {
        ProcessInstance instance = start(MessagePurpose.APPOINTMENT, "2026-11-04T10:30");

        assertThat(instance).isWaitingAt("Timer_DayBefore", "Timer_TwoHoursBefore");
        Assertions.assertThat(timers(instance)).extracting(job -> job.getDuedate().toInstant())
                .containsExactly(local("2026-11-03T18:00"), local("2026-11-04T08:30"));

        fire(timers(instance).get(0));
        verify(writer).write(eq(CASE), eq(MessagePurpose.APPOINTMENT), eq(12L), eq(local("2026-11-03T18:00")));
        Assertions.assertThat(sent).as("nothing sent in the timer's transaction").isEmpty();
        Assertions.assertThat(sendJobs(instance)).hasSize(2);
        sendAll(instance);
        Assertions.assertThat(sent).containsExactlyInAnyOrder(7L, 8L);
        Assertions.assertThat(ended).containsExactlyInAnyOrder(7L, 8L);

        fire(timers(instance).get(0));
        sendAll(instance);
        Assertions.assertThat(sent).hasSize(4);
        assertThat(instance).isEnded().hasPassed("Task_WriteDayBefore", "Task_WriteTwoHoursBefore",
                "EndEvent_ReminderHandled");
    }

    @Test
    void aMoveArmsTheTimersAgainAtTheNewTimeAndTheOldOnesAreGone() {
        ProcessInstance instance = start(MessagePurpose.APPOINTMENT, "2026-11-04T10:30");
        List<String> old = timers(instance).stream().map(Job::getId).toList();

        runtimeService().createMessageCorrelation(ClientReminderProcess.MESSAGE_MOVED).processInstanceBusinessKey(CASE)
                .setVariable(Variables.STARTS_AT, Date.from(local("2026-11-10T14:00")))
                .setVariable(Variables.ARMED_AT, ClockUtil.getCurrentTime()).correlate();

        Assertions.assertThat(timers(instance)).extracting(Job::getId).doesNotContainAnyElementsOf(old);
        Assertions.assertThat(timers(instance)).extracting(job -> job.getDuedate().toInstant())
                .containsExactly(local("2026-11-09T18:00"), local("2026-11-10T12:00"));
        verify(writer, never()).write(any(), any(), anyLong(), any());
    }

    @Test
    void aCancellationEndsTheRemindersWithNothingWritten() {
        ProcessInstance instance = start(MessagePurpose.TRANSPORT_PICKUP, "2026-11-04T10:30");

        runtimeService().createMessageCorrelation(ClientReminderProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(CASE).correlate();

        assertThat(instance).isEnded().hasPassed("EndEvent_RemindersCancelled");
        verify(writer, never()).write(any(), any(), anyLong(), any());
    }

    @Test
    void aReminderWhoseMomentHadPassedWhenItWasSetIsSkipped() {
        clockAt("2026-11-04T09:00");
        ProcessInstance instance = start(MessagePurpose.APPOINTMENT, "2026-11-04T10:00");

        // both moments are past: the timers fire at once, the write step writes nothing, nothing is sent
        timers(instance).forEach(this::fire);

        verify(writer, never()).write(any(), any(), anyLong(), any());
        Assertions.assertThat(sendJobs(instance)).isEmpty();
        assertThat(instance).isEnded();
    }

    @Test
    void aTextHeldForQuietHoursWaitsUntilTheyEndThenIsSentAgain() {
        when(writer.write(any(), any(), anyLong(), any())).thenReturn(List.of(7L));
        Date morning = Date.from(local("2026-11-04T08:00"));
        answers.add(morning);
        ProcessInstance instance = start(MessagePurpose.APPOINTMENT, "2026-11-04T09:30");
        fire(timers(instance).get(0));
        sendAll(instance);

        assertThat(instance).isWaitingAt("Timer_ReminderQuietHoursEnd", "Timer_TwoHoursBefore");
        Job quietHoursEnd = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_ReminderQuietHoursEnd").singleResult();
        Assertions.assertThat(quietHoursEnd.getDuedate()).isEqualTo(morning);

        fire(quietHoursEnd);
        sendAll(instance);
        Assertions.assertThat(sent).containsExactly(7L, 7L);
    }

    @Test
    void aMessageHeldWhenTheTimeMovesIsWithdrawnAndTheNewTimeIsArmed() {
        when(writer.write(any(), any(), anyLong(), any())).thenReturn(List.of(7L));
        answers.add(Date.from(local("2026-11-04T08:00")));
        ProcessInstance instance = start(MessagePurpose.APPOINTMENT, "2026-11-04T09:30");
        fire(timers(instance).get(0));
        sendAll(instance);
        assertThat(instance).isWaitingAt("Timer_ReminderQuietHoursEnd");
        Assertions.assertThat(ended).isEmpty();

        runtimeService().createMessageCorrelation(ClientReminderProcess.MESSAGE_MOVED).processInstanceBusinessKey(CASE)
                .setVariable(Variables.STARTS_AT, Date.from(local("2026-11-10T14:00")))
                .setVariable(Variables.ARMED_AT, ClockUtil.getCurrentTime()).correlate();

        Assertions.assertThat(ended).as("the held message is withdrawn").containsExactly(7L);
        assertThat(instance).isWaitingAt("Timer_DayBefore", "Timer_TwoHoursBefore");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_ReminderQuietHoursEnd").count()).isZero();
    }

    @Test
    void aFailingGatewayIsRetriedFourTimesThenShowsAsAnIncident() {
        when(writer.write(any(), any(), anyLong(), any())).thenReturn(List.of(7L));
        for (int i = 0; i < 5; i++) {
            answers.add(new IllegalStateException("Twilio answered 503"));
        }
        ProcessInstance instance = start(MessagePurpose.APPOINTMENT, "2026-11-04T10:30");
        fire(timers(instance).get(0));

        for (int attempt = 1; attempt <= 4; attempt++) {
            Job send = sendJobs(instance).get(0);
            Assertions.assertThatThrownBy(() -> managementService().executeJob(send.getId())).hasMessageContaining("503");
        }

        Assertions.assertThat(sendJobs(instance).get(0).getRetries()).isZero();
        Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(1);
    }

    @Test
    void aServicesFirstDayHasOnlyTheDayBeforeAndAnAcceptanceGoesOutSoonAfter() {
        ProcessInstance service = start(MessagePurpose.SERVICE_START, "2026-11-09T00:00");
        assertThat(service).isWaitingAt("Timer_DayBefore").hasPassed("EndEvent_NoTimeOfDay");
        Assertions.assertThat(timers(service)).singleElement()
                .satisfies(job -> Assertions.assertThat(job.getDuedate().toInstant()).isEqualTo(local("2026-11-08T18:00")));

        ProcessInstance accepted = start(MessagePurpose.REFERRAL_ACCEPTED, "2026-11-02T09:00");
        assertThat(accepted).isWaitingAt("Timer_SoonAfterAcceptance");
        Assertions.assertThat(timers(accepted)).singleElement().satisfies(job -> Assertions.assertThat(
                job.getDuedate().toInstant()).isEqualTo(local("2026-11-02T09:10")));
        fire(timers(accepted).get(0));
        verify(writer).write(eq(CASE), eq(MessagePurpose.REFERRAL_ACCEPTED), eq(12L), any());
    }
}
