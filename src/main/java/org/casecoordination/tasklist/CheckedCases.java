package org.casecoordination.tasklist;

import java.util.Optional;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.system.TransactionMemo;
import org.springframework.stereotype.Component;

/**
 * The case of a task that {@link TaskActions} looked up and whose access it checked for the caller, in this
 * transaction: the completion listener takes it from here instead of looking the case up and checking again.
 * Completions on other paths (Camunda's Tasklist, /engine-rest, the Java API) find nothing here, so the listener
 * looks up and checks itself.
 */
@Component
class CheckedCases {

    private final TransactionMemo<String, CareCase> checked = new TransactionMemo<>();

    void checked(String taskId, CareCase careCase) {
        checked.put(taskId, careCase);
    }

    Optional<CareCase> of(String taskId) {
        return Optional.ofNullable(checked.get(taskId, id -> null));
    }
}
