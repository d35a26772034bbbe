package org.casecoordination.tasklist;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.tasklist.prefill.ClientDetailChanges;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Completing a task checks the case's access once per request: the completion listener takes the case that
 * {@link TaskActions} looked up and checked in the same transaction, and looks up and checks itself only on the
 * other paths (Camunda's Tasklist, /engine-rest). No Spring context: the suite's one shared context stays one.
 */
class TaskRecordListenerAccessTests {

    CaseRepository cases = mock(CaseRepository.class);
    CaseAccess access = mock(CaseAccess.class);
    StageRecordRepository records = mock(StageRecordRepository.class);
    TaskFormCheck formCheck = mock(TaskFormCheck.class);
    CurrentUser currentUser = mock(CurrentUser.class);
    CheckedCases checkedCases = new CheckedCases();
    TaskRecordListener listener = new TaskRecordListener(cases, records, mock(CaseTimeline.class), formCheck,
            currentUser, new ObjectMapper(), access, checkedCases, mock(ClientDetailChanges.class));
    CareCase careCase = mock(CareCase.class);
    DelegateTask task = mock(DelegateTask.class);

    @BeforeEach
    void aCompletionInATransaction() {
        TransactionSynchronizationManager.initSynchronization();
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn("C-1");
        when(task.getExecution()).thenReturn(execution);
        when(task.getId()).thenReturn("task-1");
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_COMPLETE);
        when(task.getTaskDefinitionKey()).thenReturn("Task_Intake");
        when(currentUser.id()).thenReturn("cora");
        when(cases.lookUp("C-1")).thenReturn(Optional.of(careCase));
        when(formCheck.formOf(any(), anyString())).thenReturn(Optional.empty());
        when(formCheck.completionCheck(eq("task-1"), any()))
                .thenReturn(new TaskFormCheck.Result(null, Map.of(), List.of()));
    }

    @AfterEach
    void endTransaction() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void aCaseTheActionCheckedIsNeitherLookedUpNorCheckedAgain() {
        checkedCases.checked("task-1", careCase);

        listener.onComplete(task);

        verify(cases, never()).lookUp(any());
        verify(access, never()).checkCanSee(any());
        verify(records).save(any());
    }

    @Test
    void onOtherPathsTheListenerLooksTheCaseUpAndChecksItsAccess() {
        listener.onComplete(task);

        verify(cases, times(1)).lookUp("C-1");
        verify(access, times(1)).checkCanSee(careCase);
        verify(records).save(any());
    }
}
