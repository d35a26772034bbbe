package org.casecoordination.tasklist;

import java.util.Locale;
import java.util.function.Supplier;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.StageRecord;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a user's action in a transaction of its own and, when it lost a race with another change to the same case
 * (the engine's or JPA's optimistic locking, a lock the database gave to the other side, the stage record another
 * completion of the same task wrote first), runs it again from the start: the lost attempt was rolled back whole
 * (record and engine share the transaction), so nothing is written twice, and the new attempt sees the winner's
 * change (a claimed task then says who claimed it, a completed one is gone). When the attempts are spent the user
 * is asked to reload. Inside someone else's transaction it never retries: that transaction is already marked for
 * rollback.
 */
@Component
public class ConcurrentChangeRetry {

    static final int ATTEMPTS = 3;
    public static final String RELOAD = "This case changed while you were working on it. Reload and try again.";
    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

    private final TransactionTemplate transactions;

    ConcurrentChangeRetry(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public <T> T run(String action, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return once(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    log.info("{}: still changing under us after {} attempts, asking the user to reload", action,
                            attempt);
                    throw new CaseConflictException(RELOAD, "errors.concurrentChange");
                }
                log.debug("{}: concurrent change ({}), attempt {} again", action, e.getClass().getSimpleName(),
                        attempt + 1);
            }
        }
    }

    private static boolean lostRace(RuntimeException e) {
        return e instanceof OptimisticLockingException || e instanceof OptimisticLockingFailureException
                || e instanceof PessimisticLockingFailureException || recordedByAnotherCompletion(e);
    }

    /**
     * Two completions of a task someone already holds (a double click on "Complete" after the claim): nothing
     * locks the task's row before the engine writes at the end, so both completion listeners insert the case's
     * stage record. The database holds the second insert until the first completion commits, then refuses it on
     * the record's unique index; the engine passes that on wrapped in its own exception. Run again, the action
     * finds the task gone ("completed a moment ago"). Only this index: any other broken constraint is a fault.
     */
    private static boolean recordedByAnotherCompletion(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(StageRecord.ONE_PER_TASK)) {
                return true;
            }
        }
        return false;
    }

    public void run(String action, Runnable work) {
        run(action, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T once(Supplier<T> work) {
        try {
            return work.get();
        } catch (OptimisticLockingException | OptimisticLockingFailureException e) {
            throw new CaseConflictException(RELOAD, "errors.concurrentChange");
        }
    }
}
