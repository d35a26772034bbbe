package org.casecoordination.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casecoordination.processes.TextMessageProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * processes/text-message.bpmn on the plain engine: the send step is its own retried job, a message held for quiet
 * hours waits on a timer until they end and is sent then, and a failing provider ends in an incident after the
 * retries. The send step is a stand-in that answers as messaging.TextMessageDelivery does.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/text-message.bpmn")
class TextMessageProcessTests {

    ProcessEngine processEngine;

    /** What each call of the send step answers: a hold until then, null for sent, or a failing provider. */
    final Deque<Object> answers = new ArrayDeque<>();
    final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("textMessageDelegate", (JavaDelegate) execution -> {
            calls.incrementAndGet();
            Object answer = answers.poll();
            if (answer instanceof RuntimeException failure) {
                throw failure;
            }
            execution.setVariable(Variables.HOLD_UNTIL, answer);
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(TextMessageProcess.PROCESS_KEY, "CC-2026-000001",
                Map.of("caseNumber", "CC-2026-000001", Variables.TEXT_MESSAGE_ID, 42L));
    }

    @Test
    void theTextIsSentByAJobOfItsOwnAfterTheStart() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(TextMessageProcess.TASK_SEND_TEXT);
        Assertions.assertThat(calls).as("nothing in the starting transaction").hasValue(0);

        execute(job());

        Assertions.assertThat(calls).hasValue(1);
        assertThat(instance).isEnded().hasPassed("EndEvent_TextHandled");
    }

    @Test
    void aHeldTextWaitsUntilTheQuietHoursEndThenIsSent() {
        Date morning = Date.from(Instant.parse("2026-11-06T14:00:00Z"));
        answers.add(morning);
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(TextMessageProcess.TASK_SEND_TEXT);

        execute(job());

        assertThat(instance).isWaitingAt("Timer_QuietHoursEnd");
        Job timer = job();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(morning);

        execute(timer);
        assertThat(instance).isWaitingAt(TextMessageProcess.TASK_SEND_TEXT);
        execute(job());

        Assertions.assertThat(calls).hasValue(2);
        assertThat(instance).isEnded();
    }

    @Test
    void aFailingProviderIsRetriedThenShowsAsAnIncident() {
        for (int i = 0; i < 5; i++) {
            answers.add(new IllegalStateException("Twilio answered 503"));
        }
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(TextMessageProcess.TASK_SEND_TEXT);

        for (int attempt = 1; attempt <= 4; attempt++) {
            Job sendJob = job();
            Assertions.assertThatThrownBy(() -> managementService().executeJob(sendJob.getId()))
                    .hasMessageContaining("503");
        }

        Assertions.assertThat(job().getRetries()).isZero();
        Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(1);
        Assertions.assertThat(calls).as("R4: four tries").hasValue(4);
    }
}
