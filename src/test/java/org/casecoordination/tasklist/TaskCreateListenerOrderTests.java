package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The listeners of a task event run in the order {@link TaskCreateOrder} declares, not in the order the classes
 * happen to be scanned: what each create listener does depends on what the earlier ones did.
 */
@ApplicationTest
class TaskCreateListenerOrderTests {

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Test
    void createListenersRunInTheDeclaredOrder() {
        PayloadApplicationEvent<DelegateTask> event = new PayloadApplicationEvent<>(this, mock(DelegateTask.class));
        Collection<ApplicationListener<?>> listeners = ReflectionTestUtils.invokeMethod(multicaster,
                "getApplicationListeners", event, event.getResolvableType());
        List<String> createListeners = listeners.stream()
                .filter(ApplicationListenerMethodAdapter.class::isInstance)
                .map(listener -> ((ApplicationListenerMethodAdapter) listener).getListenerId())
                .map(id -> id.substring(0, id.indexOf('(')).replace("org.casecoordination.", ""))
                .filter(TaskCreateListenerOrderTests::actsOnCreate)
                .toList();
        System.out.println("task event listeners in order: " + createListeners);
        assertThat(createListeners).containsExactly(
                "tasklist.SupervisorQueueRouting.onCreate",
                "assessment.acuity.AcuityTaskPriority.onCreate",
                "assessment.safety.SafetyEscalationRules.onEscalated",
                "supervision.absence.AbsentAssigneeRouting.onCreate",
                "supervision.approval.ApproveClosureRules.onClosureReturned",
                "supervision.escalation.ReviewEscalationRules.onEscalated",
                "arrangement.ProviderOptions.onCreate",
                "tasklist.prefill.PrefillVariables.onCreate",
                "tasklist.TaskDueDates.onCreate",
                "tasklist.TaskRecordListener.onCreate",
                "tasklist.readmodel.TaskListSync.onTaskEvent",
                "tasklist.draft.DraftsOfFinishedTasks.onTaskEnd");
    }

    /** Listeners of other task events (complete, assignment) return at once on a create. */
    private static boolean actsOnCreate(String listener) {
        return !listener.endsWith(".onComplete") && !listener.endsWith(".onAssignment")
                && !listener.endsWith(".onTaskCompleted");
    }
}
