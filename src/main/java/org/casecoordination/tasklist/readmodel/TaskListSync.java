package org.casecoordination.tasklist.readmodel;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.casecoordination.casefile.CaseAcuityChanged;
import org.casecoordination.casefile.CaseFlagsChanged;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps task_list_row and task_list_count in step with the engine, in the engine's transaction, whoever changes a
 * task (this app, Camunda's Tasklist, /engine-rest, timers, a cancelled process). Every task event only notes the
 * task; the rows are written once, just before the transaction commits, from the task's final state: a due date
 * or priority set by another create listener counts, and claim-then-complete in one transaction is one delete.
 * A rolled-back transaction writes nothing.
 */
@Component
public class TaskListSync {

    private final TaskListTable table;
    private final EntityManager entityManager;

    TaskListSync(TaskListTable table, EntityManager entityManager) {
        this.table = table;
        this.entityManager = entityManager;
    }

    /** Every task event: create, assignment, update (due date, priority, ...), complete, delete, timeout. */
    @EventListener
    @Order(TaskCreateOrder.READ_MODEL)
    public void onTaskEvent(DelegateTask task) {
        if (task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
            return; // not a case's task
        }
        String caseNumber = task.getExecution().getProcessBusinessKey();
        String event = task.getEventName();
        Changes changes = changesOfThisTransaction();
        if (TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event)) {
            changes.ended(task.getId(), caseNumber);
        } else {
            // identity links are read here, inside the engine command; the rest of the task at commit
            changes.open(task, caseNumber, TaskFacts.candidateGroups(task.getCandidates()));
            if (TaskListener.EVENTNAME_CREATE.equals(event)) {
                changes.created.add(task.getId());
            }
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(changes);
        }
    }

    /** The acuity decision changed a case: its rows show and sort by the new acuity. */
    @EventListener
    public void onAcuityChanged(CaseAcuityChanged change) {
        table.updateAcuity(change.caseId(), change.acuity());
    }

    /** A flag was raised or resolved: the case's rows turn red or back at commit, whatever else happened. */
    @EventListener
    public void onFlagsChanged(CaseFlagsChanged change) {
        Changes changes = changesOfThisTransaction();
        changes.caseNumbers.add(change.caseNumber());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(changes);
        }
    }

    private Changes changesOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Changes();
        }
        Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            changes = new Changes();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(new WriteBeforeCommit());
        }
        return changes;
    }

    private void write(Changes changes) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush(); // the case's stage and owner as this transaction leaves them (flushed anyway)
        }
        Map<String, CaseFacts> caseByNumber = table.caseFacts(changes.caseNumbers);
        Map<String, String> listBefore = table.listKeysOf(changes.touchedTaskIdsWithRows());
        Map<String, Long> countChanges = new TreeMap<>();
        changes.ended.forEach(taskId -> {
            if (listBefore.containsKey(taskId)) {
                table.delete(taskId);
                add(countChanges, listBefore.get(taskId), -1);
            }
        });
        changes.open.forEach((taskId, pending) -> {
            CaseFacts careCase = caseByNumber.get(pending.caseNumber());
            if (careCase == null) {
                return; // a business key that is no case number
            }
            TaskListRow row = TaskListRow.of(TaskFacts.of(pending.task(), pending.candidateGroups()), careCase);
            if (listBefore.containsKey(taskId)) {
                table.update(row);
                add(countChanges, listBefore.get(taskId), -1);
            } else {
                table.insert(row);
            }
            add(countChanges, row.listKey(), 1);
        });
        caseByNumber.values().forEach(table::refreshCase);
        table.addToCounts(new TreeMap<>(countChanges));
    }

    private static void add(Map<String, Long> counts, String listKey, long delta) {
        if (listKey != null) {
            counts.merge(listKey, delta, Long::sum);
        }
    }

    private record PendingTask(DelegateTask task, String caseNumber, Set<String> candidateGroups) {
    }

    /** The tasks one transaction touched, latest state wins. */
    private static final class Changes {
        final Map<String, PendingTask> open = new LinkedHashMap<>();
        final Set<String> ended = new LinkedHashSet<>();
        final Set<String> caseNumbers = new LinkedHashSet<>();
        /** Created in this transaction: no row yet, nothing to look up. */
        final Set<String> created = new LinkedHashSet<>();

        void open(DelegateTask task, String caseNumber, Set<String> candidateGroups) {
            ended.remove(task.getId());
            open.put(task.getId(), new PendingTask(task, caseNumber, candidateGroups));
            caseNumbers.add(caseNumber);
        }

        void ended(String taskId, String caseNumber) {
            open.remove(taskId);
            ended.add(taskId);
            caseNumbers.add(caseNumber);
        }

        Set<String> touchedTaskIdsWithRows() {
            Set<String> ids = new LinkedHashSet<>(open.keySet());
            ids.addAll(ended);
            ids.removeAll(created);
            return ids;
        }
    }

    private final class WriteBeforeCommit implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            Changes changes = (Changes) TransactionSynchronizationManager.getResource(TaskListSync.this);
            if (changes != null) {
                write(changes);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TaskListSync.this);
        }
    }
}
